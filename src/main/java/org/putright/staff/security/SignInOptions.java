package org.putright.staff.security;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the sign-in page whether to offer single sign-on, and with which provider's name. */
@ControllerAdvice(basePackages = "org.putright.system.web")
class SignInOptions {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInOptions(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    /** The provider's name when single sign-on is on; null when it is off. */
    @ModelAttribute("singleSignOn")
    @Nullable
    String singleSignOn() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return null;
        }
        var registration = repository.findByRegistrationId(SingleSignOn.REGISTRATION);
        return registration == null ? null : registration.getClientName();
    }
}
