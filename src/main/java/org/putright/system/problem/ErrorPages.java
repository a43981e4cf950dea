package org.putright.system.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers what reaches the servlet container's error page (a request rejected before any
 * controller saw it, a failure in a filter): a problem detail for API clients, a plain page for
 * people, never the container's default or a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final ProblemTypes types;

    ErrorPages(ProblemTypes types) {
        this.types = types;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title(status));
        return "error";
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                status,
                status.is5xxServerError()
                        ? "Putright could not complete this request. Nothing you sent was lost."
                        : "The request could not be accepted: " + status.getReasonPhrase() + ".");
        body.setTitle(title(status));
        body.setType(types.forStatus(status.value()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /**
     * The status of the error being reported. A request for this path itself, not forwarded here
     * by the container, reports no error: there is nothing to see, so it is a 404.
     */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "You cannot see this page";
            case BAD_REQUEST -> "Something is wrong with the request";
            default ->
                status.is5xxServerError() ? "Sorry, there is a problem with the service" : status.getReasonPhrase();
        };
    }
}
