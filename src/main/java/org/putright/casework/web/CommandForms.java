package org.putright.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Actor;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.Complaints;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyType;
import org.putright.settings.Settings;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every step on a complaint as a form: shown at {@code /cases/{reference}/{step}} and posted back
 * there. The form's values are only read and checked for shape; the step itself goes through
 * {@link Complaints#act}, the same as the API, so the Code's rules are the complaint's own. When
 * the complaint refuses, the form comes back as it was with the rule explained. The controllers of
 * each kind of step share this, so that every form is shown, refused and answered alike.
 */
@Component
class CommandForms {

    static final int POINTS = 5;
    static final int ASPECTS = 2;
    static final int REMEDIES = 3;
    static final int ACTIONS = 3;

    private final Complaints complaints;
    private final Caseworkers caseworkers;
    private final Settings settings;
    private final CasePages pages;

    CommandForms(Complaints complaints, Caseworkers caseworkers, Settings settings, CasePages pages) {
        this.complaints = complaints;
        this.caseworkers = caseworkers;
        this.settings = settings;
        this.pages = pages;
    }

    /**
     * Carries out a step whose form was read without errors, and returns to the complaint with
     * {@code done}; otherwise shows the form again.
     */
    String perform(
            Command command,
            String reference,
            Form form,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            String done,
            BiConsumer<Complaint, Actor> step) {
        Complaint complaint = pages.complaint(reference);
        if (form.hasErrors()) {
            return show(command, complaint, form, null, model);
        }
        Actor actor = caseworkers.actor(principal);
        try {
            complaints.act(complaint.reference(), form.version(), found -> step.accept(found, actor));
        } catch (DomainProblem problem) {
            return refused(command, reference, form, problem, model);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/cases/" + complaint.reference();
    }

    String refused(Command command, String reference, Form form, DomainProblem problem, Model model) {
        if (problem instanceof NotFound) {
            throw problem;
        }
        Refusal refusal = Refusal.of(problem, settings.edition());
        if (problem instanceof InvalidInput invalid) {
            invalid.errors().forEach(error -> form.reject(fieldOf(command, error.field()), error.message()));
        } else {
            form.reject(command.firstField(), refusal.title() + ": " + refusal.detail());
        }
        Complaint current = pages.complaint(reference);
        if (refusal.stale()) {
            form.with("version", current.version());
        }
        respondWith(
                refusal.stale()
                        ? HttpStatus.CONFLICT
                        : problem instanceof InvalidInput ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
        return show(command, current, form, refusal, model);
    }

    /** The form field a domain field name is about, for linking the error summary to it. */
    private static String fieldOf(Command command, String domainField) {
        return switch (domainField) {
            case "workingDays" -> "workingDays";
            case "everyWorkingDays" -> "every";
            case "question" -> "question";
            default -> command.firstField();
        };
    }

    String show(Command command, Complaint complaint, Form form, @Nullable Refusal refusal, Model model) {
        if (form.hasErrors() && refusal == null) {
            respondWith(HttpStatus.BAD_REQUEST);
        }
        pages.describe(complaint, model);
        model.addAttribute("command", command);
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("handlers", caseworkers.handlers());
        model.addAttribute("points", POINTS);
        model.addAttribute("aspects", ASPECTS);
        model.addAttribute("remedySlots", REMEDIES);
        model.addAttribute("actionSlots", ACTIONS);
        model.addAttribute("remedyTypes", RemedyType.values());
        model.addAttribute("grounds", RefusalGround.values());
        model.addAttribute("parties", CorrespondenceRecorded.Party.values());
        return command.template();
    }

    /** A form shown again is not a success: its status says why, for browsers and tests alike. */
    private static void respondWith(HttpStatus status) {
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletResponse response = attributes.getResponse();
        if (response != null) {
            response.setStatus(status.value());
        }
    }
}
