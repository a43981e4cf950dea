package org.putright.ombudsman.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.ombudsman.Compliance;
import org.putright.ombudsman.Determination;
import org.putright.ombudsman.ElementFinding;
import org.putright.ombudsman.EvidenceRequest;
import org.putright.ombudsman.OmbudsmanCase;
import org.putright.ombudsman.OmbudsmanCasePage;
import org.putright.ombudsman.OmbudsmanCaseQuery;
import org.putright.ombudsman.OmbudsmanCases;
import org.putright.ombudsman.OmbudsmanFigures;
import org.putright.ombudsman.OmbudsmanFinding;
import org.putright.ombudsman.OmbudsmanOrder;
import org.putright.ombudsman.OrderKind;
import org.putright.system.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints referred to the Housing Ombudsman: refer one, record the Ombudsman's evidence requests,
 * determination, orders and complaint handling failure orders and the landlord's compliance, and
 * read the figures of a period (8.1c, 8.1e, 9.7c). Managers record; governance reads. Commands
 * answer 200 with the case as it now stands and take an optional {@code If-Match} version.
 */
@RestController
@RequestMapping("/api/v1/ombudsman-cases")
class OmbudsmanCaseController {

    private static final String READ = "hasRole('MANAGER') or hasRole('GOVERNANCE')";
    private static final String WRITE = "hasRole('MANAGER')";

    /** Text fields may hold anything people type except NUL, which PostgreSQL cannot store. */
    private static final String TEXT = "[^\\x00]*";

    private static final String TEXT_MESSAGE = "must not contain NUL characters";

    private final OmbudsmanCases cases;

    OmbudsmanCaseController(OmbudsmanCases cases) {
        this.cases = cases;
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<CaseView> refer(@Valid @RequestBody ReferralBody body, Principal principal) {
        OmbudsmanCase referred = cases.refer(
                body.complaintReference(),
                body.hosReference(),
                body.referredOn(),
                body.referralNote(),
                principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/ombudsman-cases/" + referred.id()))
                .eTag(String.valueOf(referred.version()))
                .body(CaseView.of(referred, cases.today()));
    }

    /**
     * Lists cases, most recently referred first: of one complaint, determined or not, with a finding
     * on some element, or with an order or recommendation overdue today.
     */
    @GetMapping
    @PreAuthorize(READ)
    PageView list(
            @RequestParam(required = false) @Nullable @Size(max = 20) String complaintReference,
            @RequestParam(required = false) @Nullable Boolean determined,
            @RequestParam(required = false) @Nullable OmbudsmanFinding finding,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(OmbudsmanCases.MAX_PAGE_SIZE) int size) {
        OmbudsmanCasePage found =
                cases.search(new OmbudsmanCaseQuery(complaintReference, determined, finding, overdue, page, size));
        LocalDate today = cases.today();
        return new PageView(
                found.items().stream().map(c -> SummaryView.of(c, today)).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    /** The figures of the period from {@code from} to {@code to}, both days included, as they stand today. */
    @GetMapping("/figures")
    @PreAuthorize(READ)
    OmbudsmanFigures figures(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return cases.figures(from, to);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    ResponseEntity<CaseView> get(@PathVariable UUID id) {
        return respond(cases.get(id));
    }

    @PostMapping("/{id}/evidence-requests")
    @PreAuthorize(WRITE)
    ResponseEntity<CaseView> requestEvidence(
            @PathVariable UUID id,
            @Valid @RequestBody EvidenceRequestBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(cases.requestEvidence(
                id,
                body.description(),
                body.requestedOn(),
                body.dueOn(),
                IfMatch.version(ifMatch),
                principal.getName()));
    }

    @PostMapping("/{id}/evidence-requests/{requestId}/sent")
    @PreAuthorize(WRITE)
    ResponseEntity<CaseView> recordEvidenceSent(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @Valid @RequestBody EvidenceSentBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(
                cases.recordEvidenceSent(id, requestId, body.sentOn(), IfMatch.version(ifMatch), principal.getName()));
    }

    @PostMapping("/{id}/determination")
    @PreAuthorize(WRITE)
    ResponseEntity<CaseView> determine(
            @PathVariable UUID id,
            @Valid @RequestBody DeterminationBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(cases.determine(
                id,
                body.determinedOn(),
                body.findings().stream()
                        .map(f -> new ElementFinding(f.element(), f.finding()))
                        .toList(),
                body.orders() == null
                        ? List.of()
                        : body.orders().stream()
                                .map(o -> new OmbudsmanCase.OrderMade(
                                        UUID.randomUUID(), o.kind().kind(), o.description(), o.dueOn()))
                                .toList(),
                IfMatch.version(ifMatch),
                principal.getName()));
    }

    @PostMapping("/{id}/complaint-handling-failure-orders")
    @PreAuthorize(WRITE)
    ResponseEntity<CaseView> issueComplaintHandlingFailureOrder(
            @PathVariable UUID id,
            @Valid @RequestBody FailureOrderBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(cases.issueComplaintHandlingFailureOrder(
                id, body.description(), body.issuedOn(), body.dueOn(), IfMatch.version(ifMatch), principal.getName()));
    }

    @PostMapping("/{id}/orders/{orderId}/compliance")
    @PreAuthorize(WRITE)
    ResponseEntity<CaseView> recordCompliance(
            @PathVariable UUID id,
            @PathVariable UUID orderId,
            @Valid @RequestBody ComplianceBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(cases.recordCompliance(
                id,
                orderId,
                body.compliedOn(),
                body.evidence(),
                body.documentId(),
                IfMatch.version(ifMatch),
                principal.getName()));
    }

    private ResponseEntity<CaseView> respond(OmbudsmanCase c) {
        return ResponseEntity.ok().eTag(String.valueOf(c.version())).body(CaseView.of(c, cases.today()));
    }

    /**
     * {@code referralNote} says why the Ombudsman took the complaint before the landlord's process was
     * over; it is needed only then.
     */
    record ReferralBody(
            @NotBlank @Size(max = 20) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String complaintReference,

            @NotBlank @Size(max = OmbudsmanCase.MAX_HOS_REFERENCE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String hosReference,

            @NotNull LocalDate referredOn,

            @Nullable @Size(max = OmbudsmanCase.MAX_NOTE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String referralNote) {}

    record EvidenceRequestBody(
            @NotBlank @Size(max = EvidenceRequest.MAX_DESCRIPTION) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String description,

            @NotNull LocalDate requestedOn,
            @NotNull LocalDate dueOn) {}

    record EvidenceSentBody(@NotNull LocalDate sentOn) {}

    record DeterminationBody(
            @NotNull LocalDate determinedOn,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull FindingBody> findings,
            @Nullable @Size(max = 50) List<@Valid @NotNull OrderBody> orders) {}

    record FindingBody(
            @NotBlank @Size(max = ElementFinding.MAX_ELEMENT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String element,

            @NotNull OmbudsmanFinding finding) {}

    /** What a determination may make; complaint handling failure orders are recorded on their own. */
    enum MadeKind {
        ORDER(OrderKind.ORDER),
        RECOMMENDATION(OrderKind.RECOMMENDATION);

        private final OrderKind kind;

        MadeKind(OrderKind kind) {
            this.kind = kind;
        }

        OrderKind kind() {
            return kind;
        }
    }

    record OrderBody(
            @NotNull MadeKind kind,

            @NotBlank @Size(max = OmbudsmanOrder.MAX_DESCRIPTION) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String description,

            @NotNull LocalDate dueOn) {}

    record FailureOrderBody(
            @NotBlank @Size(max = OmbudsmanOrder.MAX_DESCRIPTION) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String description,

            @NotNull LocalDate issuedOn,
            @NotNull LocalDate dueOn) {}

    record ComplianceBody(
            @NotNull LocalDate compliedOn,

            @NotBlank @Size(max = Compliance.MAX_EVIDENCE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String evidence,

            @Nullable UUID documentId) {}

    record EvidenceRequestView(
            UUID id,
            String description,
            LocalDate requestedOn,
            LocalDate dueOn,
            @Nullable LocalDate sentOn,
            boolean sentLate,
            boolean overdue) {

        static EvidenceRequestView of(EvidenceRequest r, LocalDate today) {
            return new EvidenceRequestView(
                    r.id(),
                    r.description(),
                    r.requestedOn(),
                    r.dueOn(),
                    r.sentOn(),
                    r.wasSentLate(),
                    r.isOverdue(today));
        }
    }

    record OrderView(
            UUID id,
            OrderKind kind,
            String description,
            LocalDate madeOn,
            LocalDate dueOn,
            @Nullable Compliance compliance,
            boolean overdue) {

        static OrderView of(OmbudsmanOrder o, LocalDate today) {
            return new OrderView(
                    o.id(), o.kind(), o.description(), o.madeOn(), o.dueOn(), o.compliance(), o.isOverdueOn(today));
        }
    }

    record CaseView(
            UUID id,
            String complaintReference,
            String hosReference,
            LocalDate referredOn,
            @Nullable String referralNote,
            List<EvidenceRequestView> evidenceRequests,
            @Nullable Determination determination,
            List<OrderView> orders,
            boolean overdue,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version) {

        static CaseView of(OmbudsmanCase c, LocalDate today) {
            return new CaseView(
                    c.id(),
                    c.complaintReference(),
                    c.hosReference(),
                    c.referredOn(),
                    c.referralNote(),
                    c.evidenceRequests().stream()
                            .map(r -> EvidenceRequestView.of(r, today))
                            .toList(),
                    c.determination(),
                    c.orders().stream().map(o -> OrderView.of(o, today)).toList(),
                    c.hasOverdueOrders(today),
                    c.createdAt(),
                    c.createdBy(),
                    c.updatedAt(),
                    c.updatedBy(),
                    c.version());
        }
    }

    record SummaryView(
            UUID id,
            String complaintReference,
            String hosReference,
            LocalDate referredOn,
            @Nullable LocalDate determinedOn,
            boolean overdue,
            long version) {

        static SummaryView of(OmbudsmanCase c, LocalDate today) {
            Determination determination = c.determination();
            return new SummaryView(
                    c.id(),
                    c.complaintReference(),
                    c.hosReference(),
                    c.referredOn(),
                    determination == null ? null : determination.determinedOn(),
                    c.hasOverdueOrders(today),
                    c.version());
        }
    }

    record PageView(List<SummaryView> items, int page, int size, long total) {}
}
