package org.putright.system.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is for the API ({@code /api/**}), as the servlet filters that skip or serve only it ask. */
final class ApiPaths {

    private static final String API = "/api/";

    private ApiPaths() {}

    /** Asked of every request, so it compares in place rather than building the prefix each time. */
    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        return uri.startsWith(contextPath) && uri.startsWith(API, contextPath.length());
    }
}
