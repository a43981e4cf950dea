package org.putright.selfassessment.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.EditionId;
import org.putright.code.ProvisionNumber;
import org.putright.selfassessment.Assessment;
import org.putright.selfassessment.AssessmentPeriod;
import org.putright.selfassessment.Assessments;
import org.putright.selfassessment.Comply;
import org.putright.selfassessment.Export;
import org.putright.selfassessment.ExportFormat;
import org.putright.selfassessment.ProvisionAnswer;
import org.putright.selfassessment.ProvisionAssessment;
import org.putright.selfassessment.ReassessmentReason;
import org.putright.selfassessment.SystemEvidence;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of the self-assessment: managers start and complete assessments; the governing
 * body reads them, records its approval and response, and publishes them; everyone who can read
 * them downloads the Ombudsman's form and compares one year with another.
 */
@Controller
@RequestMapping("/staff/self-assessments")
@PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
class SelfAssessmentPages {

    private static final String MANAGER = "hasRole('MANAGER')";
    private static final String GOVERNANCE = "hasRole('GOVERNANCE')";

    private final Assessments assessments;

    SelfAssessmentPages(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    String list(Model model) {
        return list(model, List.of());
    }

    @PostMapping
    @PreAuthorize(MANAGER)
    String start(
            @RequestParam(defaultValue = "HOS-2024") String edition,
            @RequestParam String periodStart,
            @RequestParam String periodEnd,
            @RequestParam(defaultValue = "false") boolean carryForward,
            Principal principal,
            Model model) {
        try {
            Assessment started = assessments.start(
                    new EditionId(edition),
                    new AssessmentPeriod(day("periodStart", periodStart), day("periodEnd", periodEnd)),
                    carryForward,
                    principal.getName());
            return "redirect:/staff/self-assessments/" + started.id();
        } catch (DomainProblem problem) {
            return list(model, errors(problem));
        }
    }

    @PostMapping("/reassessment-triggers")
    @PreAuthorize(MANAGER)
    String trigger(
            @RequestParam ReassessmentReason reason,
            @RequestParam String occurredOn,
            @RequestParam String note,
            Principal principal,
            Model model) {
        try {
            if (note.isBlank()) {
                throw new InvalidInput("note", "say what happened");
            }
            assessments.recordTrigger(reason, day("occurredOn", occurredOn), note, principal.getName());
            return "redirect:/staff/self-assessments";
        } catch (DomainProblem problem) {
            return list(model, errors(problem));
        }
    }

    @GetMapping("/comparison")
    String compare(@RequestParam UUID before, @RequestParam UUID after, Model model) {
        model.addAttribute("before", assessments.get(before));
        model.addAttribute("after", assessments.get(after));
        model.addAttribute("changes", assessments.compare(before, after));
        return "selfassessment/comparison";
    }

    @GetMapping("/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        return assessment(assessments.get(id), model, List.of());
    }

    @GetMapping("/{id}/provisions/{number}")
    @PreAuthorize(MANAGER)
    String provision(@PathVariable UUID id, @PathVariable String number, Model model) {
        Assessment assessment = assessments.get(id);
        return provision(assessment, assessment.provision(ProvisionNumber.parse(number)), model, List.of());
    }

    @PostMapping("/{id}/provisions/{number}")
    @PreAuthorize(MANAGER)
    String answer(
            @PathVariable UUID id,
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Comply comply,
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam(defaultValue = "") String links,
            @RequestParam(defaultValue = "") String commentary,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String complyBy,
            @RequestParam long version,
            Principal principal,
            Model model) {
        ProvisionNumber provision = ProvisionNumber.parse(number);
        try {
            assessments.answer(
                    id,
                    provision,
                    new ProvisionAnswer(
                            comply,
                            evidence,
                            Arrays.stream(links.split("\\R"))
                                    .map(String::strip)
                                    .filter(link -> !link.isEmpty())
                                    .toList(),
                            commentary,
                            action,
                            complyBy.isBlank() ? null : day("complyBy", complyBy)),
                    version,
                    principal.getName());
            return "redirect:/staff/self-assessments/" + id + "#provision-" + number.replace('.', '-');
        } catch (DomainProblem problem) {
            Assessment assessment = assessments.get(id);
            return provision(assessment, assessment.provision(provision), model, errors(problem));
        }
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize(GOVERNANCE)
    String approve(
            @PathVariable UUID id,
            @RequestParam String approvedOn,
            @RequestParam String body,
            @RequestParam String minuteReference,
            @RequestParam String response,
            @RequestParam long version,
            Principal principal,
            Model model) {
        try {
            List<InvalidInput.FieldError> missing = new ArrayList<>();
            if (body.isBlank()) {
                missing.add(new InvalidInput.FieldError("body", "name the governing body"));
            }
            if (minuteReference.isBlank()) {
                missing.add(
                        new InvalidInput.FieldError("minuteReference", "give the minute that records the approval"));
            }
            if (response.isBlank()) {
                missing.add(new InvalidInput.FieldError("response", "give the governing body's response (8.2)"));
            }
            if (!missing.isEmpty()) {
                throw new InvalidInput(missing);
            }
            assessments.approve(
                    id, day("approvedOn", approvedOn), body, minuteReference, response, version, principal.getName());
            return "redirect:/staff/self-assessments/" + id;
        } catch (DomainProblem problem) {
            return assessment(assessments.get(id), model, errors(problem));
        }
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(GOVERNANCE + " or " + MANAGER)
    String publish(@PathVariable UUID id, @RequestParam long version, Principal principal, Model model) {
        try {
            assessments.publish(id, version, principal.getName());
            return "redirect:/staff/self-assessments/" + id;
        } catch (DomainProblem problem) {
            return assessment(assessments.get(id), model, errors(problem));
        }
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "html") String format) {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("format", "must be one of html, pdf, docx, csv");
        }
        Export export = assessments.export(id, chosen);
        ContentDisposition disposition = chosen == ExportFormat.HTML
                ? ContentDisposition.inline().build()
                : ContentDisposition.attachment().filename(export.fileName()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(export.content());
    }

    private String list(Model model, List<InvalidInput.FieldError> errors) {
        model.addAttribute("assessments", assessments.all());
        model.addAttribute("due", assessments.due());
        model.addAttribute("reasons", ReassessmentReason.values());
        model.addAttribute("today", assessments.today());
        model.addAttribute("errors", errors);
        return "selfassessment/list";
    }

    private String assessment(Assessment assessment, Model model, List<InvalidInput.FieldError> errors) {
        Map<ProvisionNumber, List<SystemEvidence>> evidence = assessments.systemEvidence(assessment);
        model.addAttribute("assessment", assessment);
        model.addAttribute("edition", assessments.edition(assessment));
        model.addAttribute("summary", assessments.summary(assessment));
        List<SectionView> sections = assessments.edition(assessment).sections().stream()
                .map(section -> new SectionView(
                        section.number(),
                        section.title(),
                        assessment.provisions().stream()
                                .filter(row -> row.number().section() == section.number())
                                .map(row -> RowView.of(row, evidence.getOrDefault(row.number(), List.of())))
                                .toList()))
                .toList();
        model.addAttribute("sections", sections);
        model.addAttribute(
                "contradicted",
                sections.stream()
                        .flatMap(section -> section.rows().stream())
                        .filter(RowView::contradicted)
                        .map(RowView::number)
                        .toList());
        model.addAttribute(
                "publication", assessments.publication(assessment.id()).orElse(null));
        model.addAttribute("today", assessments.today());
        model.addAttribute("errors", errors);
        return "selfassessment/assessment";
    }

    private String provision(
            Assessment assessment, ProvisionAssessment row, Model model, List<InvalidInput.FieldError> errors) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("row", row);
        model.addAttribute(
                "view", RowView.of(row, assessments.systemEvidence(assessment).getOrDefault(row.number(), List.of())));
        model.addAttribute("choices", Comply.values());
        model.addAttribute("errors", errors);
        return "selfassessment/provision";
    }

    /** A section of the form and its rows. */
    record SectionView(int number, String title, List<RowView> rows) {}

    /** A row of the form as the page shows it. */
    record RowView(
            String number,
            String anchor,
            String label,
            String requirement,
            @Nullable Comply comply,
            String complyLabel,
            @Nullable String evidence,
            List<String> links,
            @Nullable String commentary,
            @Nullable String action,
            @Nullable LocalDate complyBy,
            List<FigureView> figures,
            boolean contradicted,
            long version) {

        static RowView of(ProvisionAssessment row, List<SystemEvidence> figures) {
            ProvisionAnswer answer = row.answer();
            List<FigureView> views = figures.stream()
                    .map(figure -> new FigureView(
                            "As at " + figure.computedOn() + ": " + figure.statement(),
                            figure.contradicts(answer.comply())))
                    .toList();
            return new RowView(
                    row.number().toString(),
                    "provision-" + row.number().toString().replace('.', '-'),
                    row.number()
                            + (row.provision().obligation() == null
                                    ? ""
                                    : " (" + row.provision().obligation().name().toLowerCase(Locale.ROOT) + ")"),
                    row.provision().requirement(),
                    answer.comply(),
                    answer.comply() == null ? "Not answered" : answer.comply().label(),
                    answer.evidence(),
                    answer.links(),
                    answer.commentary(),
                    answer.action(),
                    answer.complyBy(),
                    views,
                    views.stream().anyMatch(FigureView::contradicts),
                    row.version());
        }
    }

    /** One figure from the record, and whether it contradicts the answer. */
    record FigureView(String text, boolean contradicts) {}

    private static List<InvalidInput.FieldError> errors(DomainProblem problem) {
        if (problem instanceof InvalidInput invalid) {
            return invalid.errors();
        }
        return List.of(new InvalidInput.FieldError(problem.title(), problem.detail()));
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date like 2025-03-31");
        }
    }
}
