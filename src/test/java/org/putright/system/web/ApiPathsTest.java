package org.putright.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiPathsTest {

    @Test
    void anApiRequestIsOneUnderApiWithinTheApplicationsContextPath() {
        assertThat(ApiPaths.isApi(request("", "/api/v1/complaints"))).isTrue();
        assertThat(ApiPaths.isApi(request("/putright", "/putright/api/v1/complaints")))
                .isTrue();

        assertThat(ApiPaths.isApi(request("", "/apiary"))).isFalse();
        assertThat(ApiPaths.isApi(request("", "/cases"))).isFalse();
        assertThat(ApiPaths.isApi(request("/putright", "/api/v1/complaints")))
                .as("outside the application's context path")
                .isFalse();
    }

    private static MockHttpServletRequest request(String contextPath, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setContextPath(contextPath);
        return request;
    }
}
