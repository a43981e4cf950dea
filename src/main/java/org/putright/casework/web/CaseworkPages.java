package org.putright.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.NotFound;
import org.putright.system.web.CurrentBrand;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every caseworking page shares: dates in the house style, and errors as pages for people
 * rather than problem documents for programs. A refused role is a 403 page saying so.
 */
@ControllerAdvice(basePackageClasses = CaseworkPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkPages {

    private static final Dates DATES = new Dates();

    private final CurrentBrand brand;

    CaseworkPages(CurrentBrand brand) {
        this.brand = brand;
    }

    @ModelAttribute("dates")
    Dates dates() {
        return DATES;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return error(response, model, 403, "You cannot do this", "Your role lets you read cases but not change them.");
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound problem, HttpServletResponse response, Model model) {
        return error(response, model, 404, "Page not found", problem.detail());
    }

    @ExceptionHandler(DomainProblem.class)
    String problem(DomainProblem problem, HttpServletResponse response, Model model) {
        return error(response, model, problem.kind().status(), problem.title(), problem.detail());
    }

    private String error(HttpServletResponse response, Model model, int status, String title, String detail) {
        response.setStatus(status);
        // An error page gets a fresh model, without what the advice put in the page's.
        model.addAttribute("brand", brand.get());
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "casework/error";
    }
}
