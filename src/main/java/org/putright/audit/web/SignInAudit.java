package org.putright.audit.web;

import org.jspecify.annotations.Nullable;
import org.putright.audit.AuditAction;
import org.putright.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed and throttled sign-ins and sign-outs from Spring Security's events, with
 * the address they came from. A failed attempt is recorded under the name typed, which may be no
 * one's: that is what an administrator looking for password guessing needs to see.
 */
@Component
class SignInAudit {

    private final AuditLog log;

    SignInAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.SIGN_IN, "");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        AuditAction action = event instanceof AuthenticationFailureLockedEvent
                ? AuditAction.SIGN_IN_THROTTLED
                : AuditAction.SIGN_IN_FAILED;
        record(event.getAuthentication(), action, event.getException().getMessage());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.SIGN_OUT, "");
    }

    private void record(Authentication authentication, AuditAction action, @Nullable String detail) {
        log.record(
                authentication.getName(),
                action,
                "",
                detail == null ? "" : detail,
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
    }
}
