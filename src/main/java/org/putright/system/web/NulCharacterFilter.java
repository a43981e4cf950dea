package org.putright.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a NUL character anywhere in the path, query or form fields with a 400 problem: no
 * database column can hold it, and nothing a person types contains it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (containsNul(request)) {
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(
                            "{\"type\":\"https://putright.org/problems/malformed-request\",\"title\":\"Malformed request\","
                                    + "\"status\":400,\"detail\":\"The request contains a NUL character, which is never valid.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean containsNul(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        if (uri.contains("%00") || uri.indexOf('\u0000') >= 0 || (query != null && query.contains("%00"))) {
            return true;
        }
        String type = request.getContentType();
        if (type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            for (String[] values : request.getParameterMap().values()) {
                for (String value : values) {
                    if (value.indexOf('\u0000') >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
