package org.putright.casework.web;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.putright.complaint.Actor;
import org.putright.complaint.Complaint;
import org.putright.complaint.Complaints;
import org.putright.settings.Settings;
import org.putright.system.problem.DomainProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Following a response through, posted from the complaint page and the approvals list: remedies
 * marked done (7.3) or approved over a handler's compensation limit, and progress on outstanding
 * actions (6.6). Each goes through {@link Complaints#act} like every other step; a refused one
 * returns to the complaint page with the reason rather than to a form of its own.
 */
@Controller
@PreAuthorize(Access.WORK)
class FollowUpCommandController {

    private final Complaints complaints;
    private final Caseworkers caseworkers;
    private final Settings settings;
    private final CasePages pages;

    FollowUpCommandController(Complaints complaints, Caseworkers caseworkers, Settings settings, CasePages pages) {
        this.complaints = complaints;
        this.caseworkers = caseworkers;
        this.settings = settings;
        this.pages = pages;
    }

    /** Marks a remedy as done (7.3); any handler may. */
    @PostMapping("/cases/{reference}/remedies/{remedy}/completion")
    String completeRemedy(
            @PathVariable String reference,
            @PathVariable UUID remedy,
            @RequestParam Map<String, String> fields,
            Principal principal,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        String note = form.optional("note", Form.TEXT);
        return followUp(
                reference,
                form,
                principal,
                redirect,
                "Remedy marked as done",
                (complaint, actor) -> complaint.completeRemedy(
                        remedy, complaints.now(), note == null ? "" : note, actor, complaints.now()));
    }

    /** Records progress on an outstanding action, or that it is done (6.6). */
    @PostMapping("/cases/{reference}/actions/{action}/updates")
    String updateAction(
            @PathVariable String reference,
            @PathVariable UUID action,
            @RequestParam Map<String, String> fields,
            Principal principal,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        String note = form.optional("note", Form.TEXT);
        boolean completed = form.is("completed", "yes");
        return followUp(
                reference,
                form,
                principal,
                redirect,
                completed ? "Action marked as done" : "Progress recorded",
                (complaint, actor) -> complaint.updateAction(
                        action,
                        complaints.now(),
                        note == null ? (completed ? "Done" : "") : note,
                        completed,
                        actor,
                        complaints.now()));
    }

    /** Approves a remedy over the offering handler's compensation limit; only managers may. */
    @PostMapping("/cases/{reference}/remedies/{remedy}/approval")
    @PreAuthorize(Access.APPROVE)
    String approveRemedy(
            @PathVariable String reference,
            @PathVariable UUID remedy,
            @RequestParam Map<String, String> fields,
            Principal principal,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        String back = form.is("from", "approvals") ? "redirect:/remedies" : null;
        String next = followUp(
                reference,
                form,
                principal,
                redirect,
                "Remedy approved",
                (complaint, actor) -> complaint.approveRemedy(remedy, complaints.now(), actor, complaints.now()));
        return back == null ? next : back;
    }

    /** A follow-up posted from the complaint page: refused ones come back to it with the reason. */
    private String followUp(
            String reference,
            Form form,
            Principal principal,
            RedirectAttributes redirect,
            String done,
            BiConsumer<Complaint, Actor> step) {
        Complaint complaint = pages.complaint(reference);
        Actor actor = caseworkers.actor(principal);
        try {
            complaints.act(complaint.reference(), form.version(), found -> step.accept(found, actor));
            redirect.addFlashAttribute("done", done);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("refusal", Refusal.of(problem, settings.edition()));
        }
        return "redirect:/cases/" + complaint.reference();
    }
}
