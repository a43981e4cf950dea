package org.putright.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.putright.system.problem.ProblemTypes;
import org.putright.system.web.CurrentBrand;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resident pages' answers to abuse: a friendly page for people, a problem detail for
 * programs that asked for JSON.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {ComplainController.class, TrackController.class})
class PortalErrors {

    private final ProblemTypes types;
    private final CurrentBrand brand;

    PortalErrors(ProblemTypes types, CurrentBrand brand) {
        this.types = types;
        this.brand = brand;
    }

    @ExceptionHandler(AttemptLimits.TooManyAttempts.class)
    Object tooMany(AttemptLimits.TooManyAttempts exception, HttpServletRequest request) {
        String what = exception.action() == AttemptLimits.Action.SUBMIT_COMPLAINT
                ? "Too many complaints have been sent from your connection in the last hour."
                : "Too many codes have been asked for from your connection in the last hour.";
        return answer(request, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Please wait and try again", what);
    }

    /** Unknown pages, and complaints or letters this session has not proved are the resident's. */
    @ExceptionHandler(org.putright.system.problem.NotFound.class)
    Object notFound(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.NOT_FOUND,
                "not-found",
                "Page not found",
                "If you typed the web address, check it is correct. To see a complaint, sign in with its reference first.");
    }

    @ExceptionHandler(Honeypot.Filled.class)
    Object honeypot(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                "form-not-accepted",
                "We could not accept this form",
                "The form was filled in a way people do not fill it in.");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String type, String title, String detail) {
        String accept = request.getHeader("Accept");
        if (accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setType(types.uri(type));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("portal/refused");
        page.setStatus(status);
        // Model attributes from advice are not applied to exception handlers' views: add the brand here.
        page.addObject("brand", brand.get());
        page.addObject("title", title);
        page.addObject("detail", detail);
        return page;
    }
}
