package org.putright.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServletFilterConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ServletFilterConfiguration.class);

    private final ServletFilterConfiguration.PageResourceUrlEncodingFilter filter =
            new ServletFilterConfiguration.PageResourceUrlEncodingFilter();

    @Test
    void anApiRequestPassesByUnwrapped() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(chain.getResponse()).isSameAs(response);
    }

    @Test
    void aPageRequestIsWrappedToRewriteItsAssetLinks() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNotSameAs(request);
        assertThat(chain.getResponse()).isNotSameAs(response);
    }

    @Test
    void aPathThatOnlyBeginsLikeTheApiIsAPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/apiary");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotSameAs(request);
    }

    @Test
    void withoutRequestMetricsNoObservationFilterIsRegistered() {
        context.withPropertyValues("management.observations.enable.http.server.requests=false")
                .run(started -> assertThat(started.getBean("noRequestObservationFilter", FilterRegistrationBean.class)
                                .isEnabled())
                        .isFalse());
    }

    @Test
    void withRequestMetricsBootsOwnObservationFilterIsLeftInPlace() {
        context.withPropertyValues("management.observations.enable.http.server.requests=true")
                .run(started -> assertThat(started).doesNotHaveBean("noRequestObservationFilter"));
    }
}
