package org.putright.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.putright.audit.AdministrativeRoute;
import org.putright.audit.AuditLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records each administrative change once it has succeeded, whether made through the API or a
 * page: the route it took ({@link AdministrativeRoute}) says what it was, the signed-in caller who
 * made it, and the path what it was made to. A refused or failed request changed nothing and is
 * not recorded as a change.
 */
@Configuration(proxyBeanMethods = false)
class AdministrativeChangeAudit implements HandlerInterceptor, WebMvcConfigurer {

    private final AuditLog log;

    AdministrativeChangeAudit(AuditLog log) {
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (ex != null || response.getStatus() >= 400) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!(pattern instanceof String matched)) {
            return;
        }
        Optional<AdministrativeRoute> route = AdministrativeRoute.of(request.getMethod(), matched);
        if (route.isEmpty()) {
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        log.record(
                caller == null ? "anonymous" : caller.getName(),
                route.get().action(),
                target(route.get(), request, response),
                request.getMethod() + " " + request.getRequestURI(),
                request.getRemoteAddr());
    }

    private static String target(AdministrativeRoute route, HttpServletRequest request, HttpServletResponse response) {
        String variable = route.target();
        if (variable == null) {
            String location = response.getHeader("Location");
            return location == null || location.isEmpty() ? "" : location.substring(location.lastIndexOf('/') + 1);
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> values && values.get(variable) instanceof String value) {
            return value;
        }
        return "";
    }
}
