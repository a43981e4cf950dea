package org.putright.staff.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in unread while {@link SignInThrottle} says to wait, sending the person back to
 * the sign-in page with how long to wait. The refusal is published as a locked-account failure, so
 * it is audited like any other.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    SignInThrottleFilter(SignInThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String name = username == null ? "" : username;
        Optional<Duration> wait = throttle.waitBefore(name, request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, null);
        attempt.setDetails(new WebAuthenticationDetails(request));
        events.publishEvent(new AuthenticationFailureLockedEvent(
                attempt, new LockedException("Too many failed sign-ins; refused for " + wait.get())));
        long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
        response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
    }
}
