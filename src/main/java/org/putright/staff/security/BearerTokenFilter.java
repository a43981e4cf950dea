package org.putright.staff.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}. A request without the header
 * goes on unauthenticated (and is refused later if the route needs a caller); a request with a
 * wrong, expired or revoked token is refused at once, so that a mistake is never silently treated
 * as anonymous.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final StaffDirectory directory;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(StaffDirectory directory, AuthenticationEntryPoint entryPoint) {
        this.directory = directory;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffMember> caller = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? directory.authenticate(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("The API token is unknown, expired or revoked."));
            return;
        }
        StaffPrincipal principal = new StaffPrincipal(caller.get(), null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
