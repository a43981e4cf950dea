package org.putright.system.web;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The servlet filters Spring Boot would put in front of every request, kept to the requests that
 * use them. Each wrapped every API call for nothing: about a per cent of its CPU apiece
 * (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class ServletFilterConfiguration {

    /**
     * Rewrites the links to versioned assets a page writes; an API answer writes none, so API
     * requests pass by instead of through its request and response wrappers.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new PageResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Without request metrics (PUTRIGHT_REQUEST_METRICS) the observation filter only builds a
     * context for an observation that is never recorded; this registration, disabled, stands in
     * its place so that Boot adds none.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.http.server.requests", havingValue = "false")
    FilterRegistrationBean<ServerHttpObservationFilter> noRequestObservationFilter() {
        FilterRegistrationBean<ServerHttpObservationFilter> registration =
                new FilterRegistrationBean<>(new ServerHttpObservationFilter(ObservationRegistry.NOOP));
        registration.setEnabled(false);
        return registration;
    }

    static final class PageResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request instanceof HttpServletRequest http && ApiPaths.isApi(http)) {
                chain.doFilter(request, response);
            } else {
                super.doFilter(request, response, chain);
            }
        }
    }
}
