package org.putright.staff.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on by OpenID Connect, for landlords whose staff already sign in to an identity
 * provider. Off unless {@code putright.oidc.issuer-uri} is set. The provider proves who someone
 * is; Putright decides what they may do: the person must already be a member of staff, matched by
 * username (the {@code putright.oidc.username-claim}, {@code preferred_username} by default) or
 * by email, and enabled. Their roles are Putright's, never the provider's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "putright.oidc", name = "issuer-uri")
class SingleSignOn {

    static final String REGISTRATION = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrations(
            @Value("${putright.oidc.issuer-uri}") String issuer,
            @Value("${putright.oidc.client-id}") String clientId,
            @Value("${putright.oidc.client-secret:}") String clientSecret,
            @Value("${putright.oidc.name:your organisation's account}") String name) {
        // Discovery reads the provider's endpoints and keys from its issuer, so only three settings
        // are needed.
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .clientName(name)
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> staffOidcUsers(
            StaffDirectory directory,
            @Value("${putright.oidc.username-claim:preferred_username}") String usernameClaim) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            StaffMember member = match(directory, user, usernameClaim)
                    .filter(StaffMember::enabled)
                    .orElseThrow(() -> new OAuth2AuthenticationException(
                            new OAuth2Error("unknown_staff", "No enabled member of staff matches this account", null)));
            return new StaffOidcUser(member, user);
        };
    }

    /** The member of staff this account is: by the username claim first, then by email. */
    static Optional<StaffMember> match(StaffDirectory directory, OidcUser user, String usernameClaim) {
        String username = user.getClaimAsString(usernameClaim);
        if (username != null && Username.isValid(username)) {
            Optional<StaffMember> byUsername = directory.find(new Username(username));
            if (byUsername.isPresent()) {
                return byUsername;
            }
        }
        String email = user.getEmail();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        List<StaffMember> byEmail = directory.all().stream()
                .filter(member -> member.email().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        // Two members of staff sharing an address cannot be told apart: neither signs in this way.
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
    }

    /** The provider's account, named by the member of staff's username and holding their roles. */
    static final class StaffOidcUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String username;

        StaffOidcUser(StaffMember member, OidcUser user) {
            super(
                    member.roles().stream()
                            .map(role -> new SimpleGrantedAuthority(role.authority()))
                            .toList(),
                    user.getIdToken(),
                    user.getUserInfo());
            this.username = member.username().value();
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof StaffOidcUser that && that.username.equals(username) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + username.hashCode();
        }
    }
}
