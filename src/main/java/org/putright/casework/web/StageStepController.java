package org.putright.casework.web;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.putright.complaint.Complaint;
import org.putright.complaint.Complaints;
import org.putright.complaint.Definition;
import org.putright.complaint.RefusalGround;
import org.putright.system.problem.DomainProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps that move a stage along its lifecycle, each posted from its form: acknowledging and
 * defining the complaint, refusing it, asking the resident to clarify, adding an issue, extending
 * the response deadline, agreeing updates, recording a request for stage 2 or a withdrawal, and
 * closing. The response, with its findings, remedies and actions, is posted to {@link
 * ResponseCommandController}.
 */
@Controller
@PreAuthorize(Access.WORK)
class StageStepController {

    private final Complaints complaints;
    private final Caseworkers caseworkers;
    private final CasePages pages;
    private final CommandForms forms;

    StageStepController(Complaints complaints, Caseworkers caseworkers, CasePages pages, CommandForms forms) {
        this.complaints = complaints;
        this.caseworkers = caseworkers;
        this.pages = pages;
        this.forms = forms;
    }

    @PostMapping("/cases/{reference}/acknowledge")
    String acknowledge(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        String handler = form.required("handler", 64, "Choose who will handle the complaint");
        if (!handler.isEmpty() && !caseworkers.canHandle(handler)) {
            form.reject("handler", "Choose a member of staff who handles complaints");
        }
        List<Definition.PointText> points = new ArrayList<>();
        for (int i = 1; i <= CommandForms.POINTS; i++) {
            String summary = form.optional("point-" + i + "-summary", Form.TEXT);
            String outcome = form.optional("point-" + i + "-outcome", Form.TEXT);
            if (summary != null || outcome != null) {
                // A half-written point is passed on: the complaint explains what the definition needs (5.6).
                points.add(new Definition.PointText(summary == null ? "" : summary, outcome == null ? "" : outcome));
            }
        }
        List<Definition.NotResponsible> aspects = new ArrayList<>();
        for (int i = 1; i <= CommandForms.ASPECTS; i++) {
            String aspect = form.optional("aspect-" + i, Form.TEXT);
            String party = form.optional("aspect-" + i + "-party", Form.LINE);
            if (aspect != null || party != null) {
                aspects.add(new Definition.NotResponsible(aspect == null ? "" : aspect, party == null ? "" : party));
            }
        }
        String discretion = form.optional("discretion", Form.TEXT);
        return forms.perform(
                Command.ACKNOWLEDGE,
                reference,
                form,
                principal,
                model,
                redirect,
                "Complaint acknowledged",
                (complaint, actor) -> complaint.acknowledge(
                        at, handler, Definition.numbered(points, aspects), discretion, actor, complaints.now()));
    }

    @PostMapping("/cases/{reference}/refuse")
    String refuse(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        RefusalGround ground = form.choice("ground", RefusalGround.class);
        String reasons = form.optional("reasons", Form.TEXT);
        return forms.perform(
                Command.REFUSE,
                reference,
                form,
                principal,
                model,
                redirect,
                "Complaint refused",
                (complaint, actor) -> complaint.refuse(at, ground, reasons, actor, complaints.now()));
    }

    @PostMapping("/cases/{reference}/clarify")
    String clarify(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        String question = form.required("question", Form.TEXT, "Enter what the resident needs to clarify");
        return forms.perform(
                Command.CLARIFY,
                reference,
                form,
                principal,
                model,
                redirect,
                "Clarification requested",
                (complaint, actor) -> complaint.requestClarification(at, question, actor, complaints.now()));
    }

    @PostMapping("/cases/{reference}/issue")
    String addIssue(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        String summary = form.required("summary", Form.TEXT, "Enter the issue the resident raised");
        String outcome = form.optional("outcome", Form.TEXT);
        String related = form.value("related");
        if (!related.equals("yes") && !related.equals("no")) {
            form.reject("related", "Choose whether the issue is related to this complaint");
        }
        Complaint complaint = pages.complaint(reference);
        if (form.hasErrors()) {
            return forms.show(Command.ISSUE, complaint, form, null, model);
        }
        try {
            Complaints.IssueOutcome outcomeOfIssue = complaints.addIssue(
                    complaint.reference(),
                    form.version(),
                    at,
                    summary,
                    outcome == null ? "" : outcome,
                    related.equals("yes"),
                    caseworkers.actor(principal));
            if (outcomeOfIssue.newComplaint()) {
                redirect.addFlashAttribute(
                        "done",
                        "The issue was logged as a new complaint, "
                                + outcomeOfIssue.complaint().reference() + ", linked to " + complaint.reference()
                                + " (6.8)");
                return "redirect:/cases/" + outcomeOfIssue.complaint().reference();
            }
            redirect.addFlashAttribute("done", "Issue added to the complaint definition (6.8)");
            return "redirect:/cases/" + complaint.reference();
        } catch (DomainProblem problem) {
            return forms.refused(Command.ISSUE, complaint.reference().value(), form, problem, model);
        }
    }

    @PostMapping("/cases/{reference}/extend")
    String extend(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        Integer days = form.number("workingDays", 1, 60, "Enter how many working days the extension adds");
        String reason = form.optional("reason", Form.TEXT);
        String goodReason = form.optional("goodReason", Form.TEXT);
        return forms.perform(
                Command.EXTEND,
                reference,
                form,
                principal,
                model,
                redirect,
                "Response deadline extended",
                (complaint, actor) -> complaint.extend(
                        at,
                        days == null ? 0 : days,
                        reason,
                        goodReason,
                        complaints.calendar(),
                        complaints.timescales(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/cases/{reference}/updates")
    String agreeUpdates(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        Integer every = form.number("every", 1, 60, "Enter how many working days between updates");
        String how = form.optional("how", Form.LINE);
        return forms.perform(
                Command.UPDATES,
                reference,
                form,
                principal,
                model,
                redirect,
                "Updates agreed",
                (complaint, actor) -> complaint.agreeUpdates(
                        at, every == null ? 0 : every, how == null ? "" : how, actor, complaints.now()));
    }

    @PostMapping("/cases/{reference}/escalate")
    String escalate(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        String reason = form.optional("reason", Form.TEXT);
        return forms.perform(
                Command.ESCALATE,
                reference,
                form,
                principal,
                model,
                redirect,
                "Request for stage 2 recorded",
                (complaint, actor) -> complaint.escalate(at, reason, actor, complaints.now()));
    }

    @PostMapping("/cases/{reference}/withdraw")
    String withdraw(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        String note = form.optional("note", Form.TEXT);
        return forms.perform(
                Command.WITHDRAW,
                reference,
                form,
                principal,
                model,
                redirect,
                "Withdrawal recorded",
                (complaint, actor) -> complaint.withdraw(at, note == null ? "" : note, actor, complaints.now()));
    }

    @PostMapping("/cases/{reference}/close")
    String close(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        String note = form.optional("note", Form.TEXT);
        return forms.perform(
                Command.CLOSE,
                reference,
                form,
                principal,
                model,
                redirect,
                "Complaint closed",
                (complaint, actor) -> complaint.close(at, note == null ? "" : note, actor, complaints.now()));
    }
}
