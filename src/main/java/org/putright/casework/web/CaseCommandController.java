package org.putright.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Actor;
import org.putright.complaint.AttachedDocument;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.Complaints;
import org.putright.complaint.Definition;
import org.putright.complaint.Finding;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyOffer;
import org.putright.complaint.RemedyType;
import org.putright.document.Document;
import org.putright.document.Documents;
import org.putright.settings.Settings;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every step on a complaint as a form: shown at {@code /cases/{reference}/{step}} and posted back
 * there. The form's values are only read and checked for shape; the step itself goes through
 * {@link Complaints#act}, the same as the API, so the Code's rules are the complaint's own. When
 * the complaint refuses, the form comes back as it was with the rule explained.
 */
@Controller
@PreAuthorize(Access.WORK)
class CaseCommandController {

    static final int POINTS = 5;
    static final int ASPECTS = 2;
    static final int REMEDIES = 3;
    static final int ACTIONS = 3;

    private final Complaints complaints;
    private final Caseworkers caseworkers;
    private final Documents documents;
    private final Settings settings;
    private final CasePages pages;

    CaseCommandController(
            Complaints complaints, Caseworkers caseworkers, Documents documents, Settings settings, CasePages pages) {
        this.complaints = complaints;
        this.caseworkers = caseworkers;
        this.documents = documents;
        this.settings = settings;
        this.pages = pages;
    }

    @GetMapping("/cases/{reference}/{command:[a-z]+}")
    String form(@PathVariable String reference, @PathVariable String command, Principal principal, Model model) {
        Command chosen = Command.at(command).orElseThrow(() -> new NotFound("Page", command));
        Complaint complaint = pages.complaint(reference);
        Form form = Form.empty().with("version", complaint.version());
        prefill(chosen, complaint, form, principal);
        return show(chosen, complaint, form, null, model);
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
        for (int i = 1; i <= POINTS; i++) {
            String summary = form.optional("point-" + i + "-summary", Form.TEXT);
            String outcome = form.optional("point-" + i + "-outcome", Form.TEXT);
            if (summary != null || outcome != null) {
                // A half-written point is passed on: the complaint explains what the definition needs (5.6).
                points.add(new Definition.PointText(summary == null ? "" : summary, outcome == null ? "" : outcome));
            }
        }
        List<Definition.NotResponsible> aspects = new ArrayList<>();
        for (int i = 1; i <= ASPECTS; i++) {
            String aspect = form.optional("aspect-" + i, Form.TEXT);
            String party = form.optional("aspect-" + i + "-party", Form.LINE);
            if (aspect != null || party != null) {
                aspects.add(new Definition.NotResponsible(aspect == null ? "" : aspect, party == null ? "" : party));
            }
        }
        String discretion = form.optional("discretion", Form.TEXT);
        return perform(
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
        return perform(
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
        return perform(
                Command.CLARIFY,
                reference,
                form,
                principal,
                model,
                redirect,
                "Clarification requested",
                (complaint, actor) -> complaint.requestClarification(at, question, actor, complaints.now()));
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
        return perform(
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
        return perform(
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

    @PostMapping("/cases/{reference}/respond")
    String respond(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        Complaint current = pages.complaint(reference);
        List<Finding> findings = new ArrayList<>();
        Definition definition = current.definition();
        if (definition != null) {
            for (Definition.Point point : definition.points()) {
                String upheld = form.value("finding-" + point.number() + "-upheld");
                String reasons = form.optional("finding-" + point.number() + "-reasons", Form.TEXT);
                if (upheld.isEmpty() && reasons == null) {
                    // Left out: the complaint refuses a response without a finding on every point (6.7).
                    continue;
                }
                if (!upheld.equals("yes") && !upheld.equals("no")) {
                    form.reject(
                            "finding-" + point.number() + "-upheld",
                            "Choose whether point " + point.number() + " is upheld");
                    continue;
                }
                findings.add(new Finding(point.number(), upheld.equals("yes"), reasons == null ? "" : reasons));
            }
        }
        List<RemedyOffer> remedies = new ArrayList<>();
        for (int i = 1; i <= REMEDIES; i++) {
            String prefix = "remedy-" + i;
            if (!form.given(prefix + "-type") && !form.given(prefix + "-description")) {
                continue;
            }
            RemedyType type = form.choice(prefix + "-type", RemedyType.class);
            String description = form.required(prefix + "-description", Form.TEXT, "Describe remedy " + i);
            var amount = form.money(prefix + "-amount");
            var due = form.date(prefix + "-due");
            if (type != null) {
                remedies.add(new RemedyOffer(type, description, amount, due));
            }
        }
        List<ActionPlan> actions = new ArrayList<>();
        for (int i = 1; i <= ACTIONS; i++) {
            String prefix = "action-" + i;
            if (!form.given(prefix + "-description")) {
                continue;
            }
            String description = form.required(prefix + "-description", Form.TEXT, "Describe action " + i);
            String owner = form.optional(prefix + "-owner", 64);
            if (owner != null && !caseworkers.canHandle(owner)) {
                form.reject(prefix + "-owner", "Choose a member of staff who handles complaints");
            }
            actions.add(new ActionPlan(description, owner, form.date(prefix + "-due")));
        }
        return perform(
                Command.RESPOND,
                reference,
                form,
                principal,
                model,
                redirect,
                "Response recorded and letter issued",
                (complaint, actor) -> complaint.respond(at, findings, remedies, actions, actor, complaints.now()));
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
        return perform(
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
        return perform(
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
        return perform(
                Command.CLOSE,
                reference,
                form,
                principal,
                model,
                redirect,
                "Complaint closed",
                (complaint, actor) -> complaint.close(at, note == null ? "" : note, actor, complaints.now()));
    }

    @PostMapping("/cases/{reference}/correspondence")
    String correspondence(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        CorrespondenceRecorded.Direction direction = form.choice("direction", CorrespondenceRecorded.Direction.class);
        CorrespondenceRecorded.Party party = form.choice("party", CorrespondenceRecorded.Party.class);
        String channel = form.required("channel", 50, "Enter how it was sent, like email or phone");
        String summary = form.required("summary", Form.LINE, "Enter a summary of the correspondence");
        String body = form.optional("body", 100_000);
        return perform(
                Command.CORRESPONDENCE,
                reference,
                form,
                principal,
                model,
                redirect,
                "Correspondence recorded",
                (complaint, actor) -> complaint.recordCorrespondence(
                        at,
                        java.util.Objects.requireNonNull(direction),
                        java.util.Objects.requireNonNull(party),
                        channel,
                        summary,
                        body == null ? "" : body,
                        actor,
                        complaints.now()));
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
            return show(Command.ISSUE, complaint, form, null, model);
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
            return refused(Command.ISSUE, complaint.reference().value(), form, problem, model);
        }
    }

    @PostMapping("/cases/{reference}/document")
    String attachDocument(
            @PathVariable String reference,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Form form = Form.of(fields);
        String description = form.optional("description", Form.LINE);
        Complaint complaint = pages.complaint(reference);
        if (file == null || file.isEmpty()) {
            form.reject("file", "Choose a file to keep on the record");
            return show(Command.DOCUMENT, complaint, form, null, model);
        }
        if (form.hasErrors()) {
            return show(Command.DOCUMENT, complaint, form, null, model);
        }
        Actor actor = caseworkers.actor(principal);
        try {
            Document stored = documents.store(
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getBytes(),
                    actor.username());
            AttachedDocument attached = new AttachedDocument(
                    stored.id(),
                    stored.filename(),
                    stored.contentType(),
                    stored.size(),
                    stored.sha256(),
                    description == null ? "" : description);
            complaints.act(
                    complaint.reference(),
                    form.version(),
                    found -> found.attachDocument(attached, complaints.now(), actor, complaints.now()));
        } catch (DomainProblem problem) {
            return refused(Command.DOCUMENT, reference, form, problem, model);
        }
        redirect.addFlashAttribute("done", "Document kept on the record");
        return "redirect:/cases/" + complaint.reference();
    }

    // --- How every step is carried out ------------------------------------------------------

    private String perform(
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

    private String refused(Command command, String reference, Form form, DomainProblem problem, Model model) {
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

    private String show(Command command, Complaint complaint, Form form, @Nullable Refusal refusal, Model model) {
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

    private void prefill(Command command, Complaint complaint, Form form, Principal principal) {
        if (command == Command.ACKNOWLEDGE) {
            if (caseworkers.canHandle(principal.getName())) {
                form.with("handler", principal.getName());
            }
            // Stage 2 restates the definition (5.6); the handler may change it.
            Definition definition = complaint.definition();
            if (definition != null) {
                for (Definition.Point point : definition.points()) {
                    if (point.number() <= POINTS) {
                        form.with("point-" + point.number() + "-summary", point.summary())
                                .with("point-" + point.number() + "-outcome", point.outcomeSought());
                    }
                }
            }
        }
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
