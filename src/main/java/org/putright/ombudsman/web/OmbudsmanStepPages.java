package org.putright.ombudsman.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.ombudsman.Compliance;
import org.putright.ombudsman.ElementFinding;
import org.putright.ombudsman.EvidenceRequest;
import org.putright.ombudsman.OmbudsmanCase;
import org.putright.ombudsman.OmbudsmanCases;
import org.putright.ombudsman.OmbudsmanFinding;
import org.putright.ombudsman.OmbudsmanOrder;
import org.putright.ombudsman.OrderKind;
import org.putright.ombudsman.web.StepPage.Field;
import org.putright.ombudsman.web.StepPage.Group;
import org.putright.ombudsman.web.StepPage.Option;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.StaleVersion;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every step of an Ombudsman case as a form, through the same {@link OmbudsmanCases} the API uses
 * and under the same rule: managers record, governance only reads. A refused step comes back with
 * what was typed, the errors in a summary linked to their fields, and a status saying why (400 for
 * a value the form cannot read, 422 for a step the case does not allow, 409 for a form opened
 * before someone else's change).
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class OmbudsmanStepPages {

    /** Blank rows offered for the findings and for the orders and recommendations of a determination. */
    static final int FINDING_ROWS = 6;

    static final int ORDER_ROWS = 4;

    private static final String CASES = "/staff/ombudsman-cases";

    private final OmbudsmanCases cases;

    OmbudsmanStepPages(OmbudsmanCases cases) {
        this.cases = cases;
    }

    // --- Refer a complaint ------------------------------------------------------------------

    @GetMapping(CASES + "/new")
    String referForm(@RequestParam(required = false) @Nullable String complaint, Model model) {
        StepForm form = StepForm.empty().with("referredOn", cases.today());
        if (complaint != null && complaint.length() <= 20) {
            form.with("complaintReference", complaint);
        }
        return show(referral(), form, model);
    }

    @PostMapping(CASES)
    String refer(
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StepPage page = referral();
        StepForm form = StepForm.of(submitted);
        String complaint = form.required("complaintReference", 20, "Enter the complaint's reference");
        String hos = form.required("hosReference", OmbudsmanCase.MAX_HOS_REFERENCE, "Enter the Ombudsman's reference");
        LocalDate referredOn = form.date("referredOn", "Enter the date the Ombudsman told you of the referral");
        String note = form.optional("referralNote", OmbudsmanCase.MAX_NOTE);
        if (form.hasErrors() || referredOn == null) {
            return refused(page, form, HttpStatus.BAD_REQUEST, model, response);
        }
        try {
            OmbudsmanCase referred = cases.refer(complaint, hos, referredOn, note, principal.getName());
            redirect.addFlashAttribute("done", "The referral is recorded.");
            return "redirect:" + CASES + "/" + referred.id();
        } catch (DomainProblem problem) {
            return refused(page, form, problem, model, response);
        }
    }

    // --- Evidence requests ------------------------------------------------------------------

    @GetMapping(CASES + "/{id}/evidence-request")
    String evidenceRequestForm(@PathVariable String id, Model model) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        return show(evidenceRequest(current), opened(current).with("requestedOn", cases.today()), model);
    }

    @PostMapping(CASES + "/{id}/evidence-request")
    String requestEvidence(
            @PathVariable String id,
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        StepPage page = evidenceRequest(current);
        StepForm form = StepForm.of(submitted);
        String description =
                form.required("description", EvidenceRequest.MAX_DESCRIPTION, "Enter what the Ombudsman asked for");
        LocalDate requestedOn = form.date("requestedOn", "Enter the date the Ombudsman asked");
        LocalDate dueOn = form.date("dueOn", "Enter the date the evidence is due");
        if (form.hasErrors() || requestedOn == null || dueOn == null) {
            return refused(page, form, HttpStatus.BAD_REQUEST, model, response);
        }
        try {
            cases.requestEvidence(current.id(), description, requestedOn, dueOn, form.version(), principal.getName());
        } catch (DomainProblem problem) {
            return refused(page, form, problem, model, response);
        }
        return done(current, "The evidence request is recorded.", redirect);
    }

    @GetMapping(CASES + "/{id}/evidence-requests/{requestId}/sent")
    String evidenceSentForm(@PathVariable String id, @PathVariable String requestId, Model model) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        EvidenceRequest request = request(current, requestId);
        return show(evidenceSent(current, request), opened(current).with("sentOn", cases.today()), model);
    }

    @PostMapping(CASES + "/{id}/evidence-requests/{requestId}/sent")
    String recordEvidenceSent(
            @PathVariable String id,
            @PathVariable String requestId,
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        EvidenceRequest request = request(current, requestId);
        StepPage page = evidenceSent(current, request);
        StepForm form = StepForm.of(submitted);
        LocalDate sentOn = form.date("sentOn", "Enter the date the evidence was sent");
        if (form.hasErrors() || sentOn == null) {
            return refused(page, form, HttpStatus.BAD_REQUEST, model, response);
        }
        try {
            cases.recordEvidenceSent(current.id(), request.id(), sentOn, form.version(), principal.getName());
        } catch (DomainProblem problem) {
            return refused(page, form, problem, model, response);
        }
        return done(current, "The evidence is recorded as sent.", redirect);
    }

    // --- The determination ------------------------------------------------------------------

    @GetMapping(CASES + "/{id}/determination")
    String determinationForm(@PathVariable String id, Model model) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        return show(determination(current), opened(current).with("determinedOn", cases.today()), model);
    }

    @PostMapping(CASES + "/{id}/determination")
    String determine(
            @PathVariable String id,
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        StepPage page = determination(current);
        StepForm form = StepForm.of(submitted);
        LocalDate determinedOn = form.date("determinedOn", "Enter the date of the determination");
        List<ElementFinding> findings = new ArrayList<>();
        for (int row = 1; row <= FINDING_ROWS; row++) {
            String element = "element-" + row;
            String finding = "finding-" + row;
            if (form.anyGiven(element, finding)) {
                String text = form.required(element, ElementFinding.MAX_ELEMENT, "Enter the complaint element");
                OmbudsmanFinding found =
                        form.choice(finding, OmbudsmanFinding.class, "Choose the Ombudsman's finding on it");
                if (found != null && !text.isEmpty()) {
                    findings.add(new ElementFinding(text, found));
                }
            }
        }
        if (findings.isEmpty() && !form.hasErrors()) {
            form.reject("element-1", "Enter at least one complaint element and the finding on it");
        }
        List<OmbudsmanCase.OrderMade> orders = new ArrayList<>();
        for (int row = 1; row <= ORDER_ROWS; row++) {
            String kind = "order-" + row + "-kind";
            String description = "order-" + row + "-description";
            String dueOn = "order-" + row + "-dueOn";
            if (form.anyGiven(kind, description, dueOn)) {
                OrderKind made = form.choice(kind, MadeKind.class, "Choose order or recommendation") == null
                        ? null
                        : OrderKind.valueOf(form.value(kind).strip());
                String text = form.required(description, OmbudsmanOrder.MAX_DESCRIPTION, "Enter what it asks");
                LocalDate due = form.date(dueOn, "Enter the date it is due");
                if (made != null && !text.isEmpty() && due != null) {
                    orders.add(new OmbudsmanCase.OrderMade(UUID.randomUUID(), made, text, due));
                }
            }
        }
        if (form.hasErrors() || determinedOn == null) {
            return refused(page, form, HttpStatus.BAD_REQUEST, model, response);
        }
        try {
            cases.determine(current.id(), determinedOn, findings, orders, form.version(), principal.getName());
        } catch (DomainProblem problem) {
            return refused(page, form, problem, model, response);
        }
        return done(current, "The determination is recorded.", redirect);
    }

    // --- Orders: complaint handling failure orders, and compliance --------------------------

    @GetMapping(CASES + "/{id}/failure-order")
    String failureOrderForm(@PathVariable String id, Model model) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        return show(failureOrder(current), opened(current).with("issuedOn", cases.today()), model);
    }

    @PostMapping(CASES + "/{id}/failure-order")
    String issueFailureOrder(
            @PathVariable String id,
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        StepPage page = failureOrder(current);
        StepForm form = StepForm.of(submitted);
        String description =
                form.required("description", OmbudsmanOrder.MAX_DESCRIPTION, "Enter what the order requires");
        LocalDate issuedOn = form.date("issuedOn", "Enter the date the order was issued");
        LocalDate dueOn = form.date("dueOn", "Enter the date it is due");
        if (form.hasErrors() || issuedOn == null || dueOn == null) {
            return refused(page, form, HttpStatus.BAD_REQUEST, model, response);
        }
        try {
            cases.issueComplaintHandlingFailureOrder(
                    current.id(), description, issuedOn, dueOn, form.version(), principal.getName());
        } catch (DomainProblem problem) {
            return refused(page, form, problem, model, response);
        }
        return done(current, "The complaint handling failure order is recorded.", redirect);
    }

    @GetMapping(CASES + "/{id}/orders/{orderId}/compliance")
    String complianceForm(@PathVariable String id, @PathVariable String orderId, Model model) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        OmbudsmanOrder order = order(current, orderId);
        return show(compliance(current, order), opened(current).with("compliedOn", cases.today()), model);
    }

    @PostMapping(CASES + "/{id}/orders/{orderId}/compliance")
    String recordCompliance(
            @PathVariable String id,
            @PathVariable String orderId,
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OmbudsmanCase current = cases.get(uuid(id, "Ombudsman case"));
        OmbudsmanOrder order = order(current, orderId);
        StepPage page = compliance(current, order);
        StepForm form = StepForm.of(submitted);
        LocalDate compliedOn = form.date("compliedOn", "Enter the date the landlord complied");
        String evidence = form.required(
                "evidence", Compliance.MAX_EVIDENCE, "Enter the evidence of compliance sent to the Ombudsman");
        if (form.hasErrors() || compliedOn == null) {
            return refused(page, form, HttpStatus.BAD_REQUEST, model, response);
        }
        try {
            cases.recordCompliance(
                    current.id(), order.id(), compliedOn, evidence, null, form.version(), principal.getName());
        } catch (DomainProblem problem) {
            return refused(page, form, problem, model, response);
        }
        return done(current, "The evidence of compliance is recorded.", redirect);
    }

    // --- The pages ----------------------------------------------------------------------------

    private static StepPage referral() {
        return new StepPage(
                "Record a referral to the Ombudsman",
                "Record a complaint the resident took to the Housing Ombudsman. The landlord's own process"
                        + " should be over first: a final response, closure or refusal (2.4, 5.11, 6.18).",
                CASES,
                CASES,
                "Record the referral",
                List.of(Group.of(
                        Field.text("complaintReference", "Complaint reference", "For example, CMP-2026-000123"),
                        Field.text(
                                "hosReference", "Ombudsman's reference", "As the Ombudsman gives it, e.g. 202412345"),
                        Field.date("referredOn", "Date referred", "The day the Ombudsman told you it had the case"),
                        Field.area(
                                "referralNote",
                                "Why the Ombudsman took it before the landlord's process was over",
                                "Needed only if the complaint is still open with the landlord, e.g. because a"
                                        + " response was late"))));
    }

    private static StepPage evidenceRequest(OmbudsmanCase c) {
        return onCase(
                c,
                "Record an evidence request",
                "What the Ombudsman asked the landlord for, and by when.",
                "/evidence-request",
                "Record the request",
                List.of(Group.of(
                        Field.area("description", "What the Ombudsman asked for", null),
                        Field.date("requestedOn", "Date asked", null),
                        Field.date("dueOn", "Date due", null))));
    }

    private static StepPage evidenceSent(OmbudsmanCase c, EvidenceRequest request) {
        return onCase(
                c,
                "Record the evidence as sent",
                "Asked for: " + request.description() + " Due " + request.dueOn() + "; sending after that day is late.",
                "/evidence-requests/" + request.id() + "/sent",
                "Record it as sent",
                List.of(Group.of(Field.date("sentOn", "Date sent", null))));
    }

    private static StepPage determination(OmbudsmanCase c) {
        List<Option> findings = new ArrayList<>();
        findings.add(new Option("", "Choose a finding"));
        for (OmbudsmanFinding finding : OmbudsmanFinding.values()) {
            findings.add(new Option(finding.name(), words(finding.name())));
        }
        List<Option> kinds = List.of(
                new Option("", "Choose"),
                new Option(MadeKind.ORDER.name(), "Order"),
                new Option(MadeKind.RECOMMENDATION.name(), "Recommendation"));
        List<Group> groups = new ArrayList<>();
        groups.add(Group.of(Field.date("determinedOn", "Date of the determination", null)));
        for (int row = 1; row <= FINDING_ROWS; row++) {
            groups.add(Group.titled(
                    "Complaint element " + row,
                    row == 1 ? "One finding per element the Ombudsman considered; rows left blank are ignored" : null,
                    Field.text("element-" + row, "Element " + row, null),
                    Field.select("finding-" + row, "Finding on element " + row, null, findings)));
        }
        for (int row = 1; row <= ORDER_ROWS; row++) {
            groups.add(Group.titled(
                    "Order or recommendation " + row,
                    row == 1 ? "Optional; complaint handling failure orders are recorded on their own" : null,
                    Field.select("order-" + row + "-kind", "Order or recommendation " + row + ": kind", null, kinds),
                    Field.area("order-" + row + "-description", "What order or recommendation " + row + " asks", null),
                    Field.date("order-" + row + "-dueOn", "When order or recommendation " + row + " is due", null)));
        }
        return onCase(
                c,
                "Record the determination",
                "The Ombudsman's finding on each element of the complaint, and the orders and recommendations"
                        + " it made. A case is determined once.",
                "/determination",
                "Record the determination",
                groups);
    }

    private static StepPage failureOrder(OmbudsmanCase c) {
        return onCase(
                c,
                "Record a complaint handling failure order",
                "The Ombudsman found the landlord did not follow the Complaint Handling Code; the annual"
                        + " report lists these orders (8.1c).",
                "/failure-order",
                "Record the order",
                List.of(Group.of(
                        Field.area("description", "What the order requires", null),
                        Field.date("issuedOn", "Date issued", null),
                        Field.date("dueOn", "Date due", null))));
    }

    private static StepPage compliance(OmbudsmanCase c, OmbudsmanOrder order) {
        return onCase(
                c,
                "Record evidence of compliance",
                words(order.kind().name()) + ": " + order.description() + " Due " + order.dueOn() + ".",
                "/orders/" + order.id() + "/compliance",
                "Record compliance",
                List.of(Group.of(
                        Field.date("compliedOn", "Date complied", null),
                        Field.area("evidence", "Evidence sent to the Ombudsman", null))));
    }

    private static StepPage onCase(
            OmbudsmanCase c, String title, String intro, String path, String submit, List<Group> groups) {
        String casePage = CASES + "/" + c.id();
        return new StepPage(title + ": " + c.hosReference(), intro, casePage + path, casePage, submit, groups);
    }

    // --- Showing and refusing -----------------------------------------------------------------

    private static StepForm opened(OmbudsmanCase c) {
        return StepForm.empty().with("version", c.version());
    }

    private static String show(StepPage page, StepForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        return "ombudsman/step";
    }

    private static String refused(
            StepPage page, StepForm form, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        return show(page, form, model);
    }

    /** A problem from the case shown on the form: each field's error at its field, the rest at the top. */
    private String refused(
            StepPage page, StepForm form, DomainProblem problem, Model model, HttpServletResponse response) {
        if (problem instanceof NotFound) {
            throw problem;
        }
        HttpStatus status;
        if (problem instanceof InvalidInput invalid) {
            invalid.errors()
                    .forEach(error -> form.reject(
                            page.has(error.field()) ? error.field() : page.firstField(), sentence(error.message())));
            status = HttpStatus.BAD_REQUEST;
        } else if (problem instanceof StaleVersion) {
            form.reject(
                    page.firstField(),
                    "Someone else changed this case after you opened the form. Check the case, then send the form"
                            + " again.");
            status = HttpStatus.CONFLICT;
        } else {
            // Rules of the case name the field they are about first, e.g. "dueOn 2026-01-01 is before
            // ...": the error goes to that field, in the words of its label.
            String[] words = problem.detail().split(" ", 2);
            boolean aboutField = words.length == 2 && page.has(words[0]);
            String field = aboutField ? words[0] : page.firstField();
            String detail = aboutField ? page.labelOf(field) + " " + words[1] : problem.detail();
            form.reject(field, problem.title() + ": " + detail);
            status = switch (problem.kind()) {
                case CONFLICT -> HttpStatus.CONFLICT;
                default -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
        }
        return refused(page, form, status, model, response);
    }

    private static String done(OmbudsmanCase c, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", message);
        return "redirect:" + CASES + "/" + c.id();
    }

    private static EvidenceRequest request(OmbudsmanCase c, String requestId) {
        UUID id = uuid(requestId, "Evidence request");
        return c.evidenceRequests().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("Evidence request", requestId));
    }

    private static OmbudsmanOrder order(OmbudsmanCase c, String orderId) {
        UUID id = uuid(orderId, "Ombudsman order");
        return c.orders().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("Ombudsman order", orderId));
    }

    static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound(what, text.length() > 40 ? text.substring(0, 40) : text);
        }
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** An enum name as words: SEVERE_MALADMINISTRATION becomes "Severe maladministration". */
    static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** What a determination may make; complaint handling failure orders have their own step. */
    enum MadeKind {
        ORDER,
        RECOMMENDATION
    }
}
