package org.putright.system.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is for the API ({@code /api/**}), as the servlet filters that skip or serve only it ask. */
final class ApiPaths {

    private ApiPaths() {}

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
