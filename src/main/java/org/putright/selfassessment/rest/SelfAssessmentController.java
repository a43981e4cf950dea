package org.putright.selfassessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.EditionId;
import org.putright.code.ProvisionNumber;
import org.putright.publication.PublishedDocument;
import org.putright.selfassessment.Approval;
import org.putright.selfassessment.Assessment;
import org.putright.selfassessment.AssessmentPeriod;
import org.putright.selfassessment.AssessmentStatus;
import org.putright.selfassessment.Assessments;
import org.putright.selfassessment.ComplianceSummary;
import org.putright.selfassessment.Comply;
import org.putright.selfassessment.Export;
import org.putright.selfassessment.ExportFormat;
import org.putright.selfassessment.ProvisionAnswer;
import org.putright.selfassessment.ProvisionAssessment;
import org.putright.selfassessment.ProvisionChange;
import org.putright.selfassessment.ReassessmentDue;
import org.putright.selfassessment.ReassessmentReason;
import org.putright.selfassessment.ReassessmentTrigger;
import org.putright.selfassessment.SystemEvidence;
import org.putright.system.problem.InvalidInput;
import org.putright.system.web.IfMatch;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-assessments against the Code (8.1a, 8.2-8.4): managers start and complete them; the
 * governing body reads them, approves them and publishes them. Changes take an optional
 * {@code If-Match} version: a provision's own version for its answer, the assessment's for approval
 * and publication.
 */
@RestController
@RequestMapping("/api/v1/self-assessments")
class SelfAssessmentController {

    private static final String READ = "hasRole('MANAGER') or hasRole('GOVERNANCE')";
    private static final String WRITE = "hasRole('MANAGER')";
    private static final String GOVERN = "hasRole('GOVERNANCE')";
    private static final String TEXT = "[^\\x00]*";
    private static final String TEXT_MESSAGE = "must not contain NUL characters";

    private final Assessments assessments;

    SelfAssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<AssessmentView> start(@Valid @RequestBody StartBody body, Principal principal) {
        Assessment started = assessments.start(
                new EditionId(body.edition() == null ? EditionId.HOS_2024.value() : body.edition()),
                new AssessmentPeriod(body.periodStart(), body.periodEnd()),
                Boolean.TRUE.equals(body.carryForward()),
                principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + started.id()))
                .eTag(String.valueOf(started.version()))
                .body(view(started));
    }

    @GetMapping
    @PreAuthorize(READ)
    List<AssessmentListItem> list() {
        return assessments.all().stream()
                .map(assessment -> new AssessmentListItem(
                        assessment.id(),
                        assessment.edition().value(),
                        assessment.period().start(),
                        assessment.period().end(),
                        assessment.status(),
                        assessment.createdAt(),
                        "/api/v1/self-assessments/" + assessment.id()))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    ResponseEntity<AssessmentView> get(@PathVariable UUID id) {
        Assessment assessment = assessments.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(assessment.version())).body(view(assessment));
    }

    @GetMapping("/{id}/provisions/{number}")
    @PreAuthorize(READ)
    ResponseEntity<ProvisionView> provision(@PathVariable UUID id, @PathVariable String number) {
        Assessment assessment = assessments.get(id);
        ProvisionAssessment row = assessment.provision(ProvisionNumber.parse(number));
        return respond(row, assessments.systemEvidence(assessment));
    }

    @PutMapping("/{id}/provisions/{number}")
    @PreAuthorize(WRITE)
    ResponseEntity<ProvisionView> answer(
            @PathVariable UUID id,
            @PathVariable String number,
            @Valid @RequestBody AnswerBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        ProvisionAssessment row = assessments.answer(
                id, ProvisionNumber.parse(number), body.answer(), IfMatch.version(ifMatch), principal.getName());
        return respond(row, assessments.systemEvidence(assessments.get(id)));
    }

    @GetMapping("/{id}/summary")
    @PreAuthorize(READ)
    ComplianceSummary summary(@PathVariable UUID id) {
        return assessments.summary(assessments.get(id));
    }

    /** The governing body's approval and response (8.2); locks the assessment. */
    @PostMapping("/{id}/approval")
    @PreAuthorize(GOVERN)
    ResponseEntity<AssessmentView> approve(
            @PathVariable UUID id,
            @Valid @RequestBody ApprovalBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        Assessment approved = assessments.approve(
                id,
                body.approvedOn(),
                body.body(),
                body.minuteReference(),
                body.response(),
                IfMatch.version(ifMatch),
                principal.getName());
        return ResponseEntity.ok().eTag(String.valueOf(approved.version())).body(view(approved));
    }

    /** Publishes the approved assessment on the public reports page. */
    @PostMapping("/{id}/publication")
    @PreAuthorize(GOVERN + " or " + WRITE)
    ResponseEntity<PublicationView> publish(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        PublishedDocument document = assessments.publish(id, IfMatch.version(ifMatch), principal.getName());
        return ResponseEntity.created(URI.create("/reports/" + document.id())).body(PublicationView.of(document));
    }

    /**
     * The assessment in the Ombudsman's form layout ({@code html}, {@code pdf}, {@code docx}) or
     * the yes/no list for the Ombudsman's annual submission ({@code csv}).
     */
    @GetMapping("/{id}/export")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "html") String format) {
        Export export = assessments.export(id, format(format));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.fileName())
                                .build()
                                .toString())
                .body(export.content());
    }

    /** Two assessments compared provision by provision. */
    @GetMapping("/comparison")
    @PreAuthorize(READ)
    List<ChangeView> compare(@RequestParam UUID before, @RequestParam UUID after) {
        return assessments.compare(before, after).stream().map(ChangeView::of).toList();
    }

    /** Records a restructure (8.3) or the Ombudsman's request (8.4): a new assessment is then due. */
    @PostMapping("/reassessment-triggers")
    @PreAuthorize(WRITE)
    ResponseEntity<ReassessmentTrigger> trigger(@Valid @RequestBody TriggerBody body, Principal principal) {
        ReassessmentTrigger trigger =
                assessments.recordTrigger(body.reason(), body.occurredOn(), body.note(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/reassessment-due"))
                .body(trigger);
    }

    /** Whether a new assessment is due, and why. */
    @GetMapping("/reassessment-due")
    @PreAuthorize(READ)
    ReassessmentDue due() {
        return assessments.due();
    }

    private static ExportFormat format(String format) {
        try {
            return ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("format", "must be one of html, pdf, docx, csv");
        }
    }

    private AssessmentView view(Assessment assessment) {
        Map<ProvisionNumber, List<SystemEvidence>> evidence = assessments.systemEvidence(assessment);
        Approval approval = assessment.approval();
        return new AssessmentView(
                assessment.id(),
                assessment.version(),
                assessment.edition().value(),
                assessment.period().start(),
                assessment.period().end(),
                assessment.status(),
                assessment.carriedFrom(),
                assessment.createdAt(),
                assessment.createdBy(),
                approval == null
                        ? null
                        : new ApprovalView(
                                approval.approvedOn(),
                                approval.body(),
                                approval.minuteReference(),
                                approval.response()),
                assessment.publication() == null ? null : "/reports/" + assessment.publication(),
                assessment.provisions().stream()
                        .map(row -> ProvisionView.of(row, evidence.getOrDefault(row.number(), List.of())))
                        .toList(),
                assessments.summary(assessment).overall());
    }

    private static ResponseEntity<ProvisionView> respond(
            ProvisionAssessment row, Map<ProvisionNumber, List<SystemEvidence>> evidence) {
        return ResponseEntity.ok()
                .eTag(String.valueOf(row.version()))
                .body(ProvisionView.of(row, evidence.getOrDefault(row.number(), List.of())));
    }

    /**
     * Starts an assessment.
     *
     * @param edition {@code HOS-2024} (the default) or {@code HOS-2022}
     * @param carryForward copy the answers of the last assessment of the same edition
     */
    record StartBody(
            @Nullable @Size(max = 20) String edition,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @Nullable Boolean carryForward) {}

    /** The landlord's answer for a provision; omitted fields are cleared. */
    record AnswerBody(
            @Nullable Comply comply,

            @Nullable @Size(max = ProvisionAssessment.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String evidence,

            @Nullable @Size(max = ProvisionAssessment.MAX_LINKS)
            List<@NotBlank @Size(max = ProvisionAssessment.MAX_LINK) String> links,

            @Nullable @Size(max = ProvisionAssessment.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String commentary,

            @Nullable @Size(max = ProvisionAssessment.MAX_ACTION) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String action,

            @Nullable LocalDate complyBy) {

        ProvisionAnswer answer() {
            return new ProvisionAnswer(
                    comply, evidence, links == null ? List.of() : links, commentary, action, complyBy);
        }
    }

    record ApprovalBody(
            @NotNull LocalDate approvedOn,

            @NotBlank @Size(max = Approval.MAX_BODY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String body,

            @NotBlank @Size(max = Approval.MAX_MINUTE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String minuteReference,

            @NotBlank @Size(max = Approval.MAX_RESPONSE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String response) {}

    record TriggerBody(
            @NotNull ReassessmentReason reason,
            @NotNull LocalDate occurredOn,

            @NotBlank @Size(max = ReassessmentTrigger.MAX_NOTE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String note) {}

    record AssessmentListItem(
            UUID id,
            String edition,
            LocalDate periodStart,
            LocalDate periodEnd,
            AssessmentStatus status,
            Instant createdAt,
            String href) {}

    record AssessmentView(
            UUID id,
            long version,
            String edition,
            LocalDate periodStart,
            LocalDate periodEnd,
            AssessmentStatus status,
            @Nullable UUID carriedFrom,
            Instant createdAt,
            String createdBy,
            @Nullable ApprovalView approval,
            @Nullable String published,
            List<ProvisionView> provisions,
            ComplianceSummary.Line compliance) {}

    record ApprovalView(LocalDate approvedOn, String body, String minuteReference, String response) {}

    record ProvisionView(
            String number,
            int section,
            String requirement,
            @Nullable String obligation,
            @Nullable Comply comply,
            @Nullable String evidence,
            List<String> links,
            @Nullable String commentary,
            @Nullable String action,
            @Nullable LocalDate complyBy,
            List<FigureView> systemEvidence,
            boolean contradicted,
            long version) {

        static ProvisionView of(ProvisionAssessment row, List<SystemEvidence> figures) {
            ProvisionAnswer answer = row.answer();
            List<FigureView> views = figures.stream()
                    .map(figure -> FigureView.of(figure, answer.comply()))
                    .toList();
            return new ProvisionView(
                    row.number().toString(),
                    row.number().section(),
                    row.provision().requirement(),
                    row.provision().obligation() == null
                            ? null
                            : row.provision().obligation().name(),
                    answer.comply(),
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

    record FigureView(
            String measure,
            String description,
            long count,
            @Nullable Long outOf,
            @Nullable BigDecimal percent,
            String statement,
            LocalDate computedOn,
            boolean shortfall,
            boolean contradicts) {

        static FigureView of(SystemEvidence figure, @Nullable Comply comply) {
            return new FigureView(
                    figure.measure().name(),
                    figure.measure().description(),
                    figure.count(),
                    figure.outOf(),
                    figure.percent(),
                    figure.statement(),
                    figure.computedOn(),
                    figure.shortfall(),
                    figure.contradicts(comply));
        }
    }

    record PublicationView(UUID id, String title, Instant publishedAt, String href, String pdf, String docx) {

        static PublicationView of(PublishedDocument document) {
            String href = "/reports/" + document.id();
            return new PublicationView(
                    document.id(), document.title(), document.publishedAt(), href, href + "/pdf", href + "/docx");
        }
    }

    record ChangeView(
            String number,
            @Nullable Comply before,
            @Nullable Comply after,
            boolean complyChanged,
            boolean evidenceChanged,
            boolean commentaryChanged) {

        static ChangeView of(ProvisionChange change) {
            return new ChangeView(
                    change.number().toString(),
                    change.before() == null ? null : change.before().comply(),
                    change.after() == null ? null : change.after().comply(),
                    change.complyChanged(),
                    change.evidenceChanged(),
                    change.commentaryChanged());
        }
    }
}
