package org.putright.complaint.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Actor;
import org.putright.complaint.AttachedDocument;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintPage;
import org.putright.complaint.ComplaintQuery;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.LetterIssuer;
import org.putright.complaint.Status;
import org.putright.complaint.rest.ComplaintRequests.AcknowledgementBody;
import org.putright.complaint.rest.ComplaintRequests.ActionUpdateBody;
import org.putright.complaint.rest.ComplaintRequests.AdditionalIssueBody;
import org.putright.complaint.rest.ComplaintRequests.ClarificationBody;
import org.putright.complaint.rest.ComplaintRequests.ClosureBody;
import org.putright.complaint.rest.ComplaintRequests.CorrespondenceBody;
import org.putright.complaint.rest.ComplaintRequests.EscalationBody;
import org.putright.complaint.rest.ComplaintRequests.ExtensionBody;
import org.putright.complaint.rest.ComplaintRequests.NewComplaintBody;
import org.putright.complaint.rest.ComplaintRequests.RefusalBody;
import org.putright.complaint.rest.ComplaintRequests.RemedyCompletionBody;
import org.putright.complaint.rest.ComplaintRequests.ResponseBody;
import org.putright.complaint.rest.ComplaintRequests.UpdateIntervalBody;
import org.putright.complaint.rest.ComplaintRequests.WithdrawalBody;
import org.putright.document.Documents;
import org.putright.resident.Resident;
import org.putright.system.problem.InvalidInput;
import org.putright.system.web.IfMatch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The complaint API (API.md, "Complaints"): intake, queries and every lifecycle step. Each step
 * answers 200 with the updated complaint; a broken rule of the Code is a 422 naming the provision.
 */
@RestController
@RequestMapping("/api/v1/complaints")
@PreAuthorize("hasRole('HANDLER')")
class ComplaintController {

    private static final String IF_MATCH = "If-Match";

    private final Complaints complaints;
    private final Complainants complainants;
    private final StaffActors actors;
    private final Documents documents;

    ComplaintController(Complaints complaints, Complainants complainants, StaffActors actors, Documents documents) {
        this.complaints = complaints;
        this.complainants = complainants;
        this.actors = actors;
        this.documents = documents;
    }

    @PostMapping
    ResponseEntity<ComplaintView> receive(@Valid @RequestBody NewComplaintBody body, Principal principal) {
        Actor actor = actors.of(principal);
        Complainants.Received received = complainants.receive(body, at(body.receivedAt()), actor);
        Complaint complaint = received.complaint();
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.reference()))
                .eTag(String.valueOf(complaint.version()))
                .body(view(complaint, received.resident(), received.letters()));
    }

    @GetMapping
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    ComplaintListView list(
            @RequestParam(required = false) @Nullable Status status,
            @RequestParam(required = false) @Nullable @Min(1) @Max(2) Integer stage,
            @RequestParam(required = false) @Nullable String handler,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable UUID residentId,
            @RequestParam(required = false, defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate dueBefore,
            @RequestParam(required = false, defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(required = false, defaultValue = "20") @Min(1) @Max(100) int size) {
        LocalDate today = complaints.today();
        ComplaintPage found = complaints.list(new ComplaintQuery(
                status, stage, handler, category, residentId, overdue ? today : null, dueBefore, page, size));
        return ComplaintListView.of(found, today, complaints.calendar());
    }

    @GetMapping("/{reference}")
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    ResponseEntity<ComplaintView> get(@PathVariable String reference) {
        Complaint complaint = complaints.get(reference(reference));
        return ResponseEntity.ok().eTag(String.valueOf(complaint.version())).body(view(complaint));
    }

    @PostMapping("/{reference}/acknowledgement")
    ResponseEntity<ComplaintView> acknowledge(
            @PathVariable String reference,
            @Valid @RequestBody AcknowledgementBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        String handler = actors.handler(body.handler(), "handler");
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.acknowledge(
                        at(body.acknowledgedAt()),
                        handler,
                        body.definition().toDefinition(),
                        body.discretionReason(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/{reference}/refusal")
    ResponseEntity<ComplaintView> refuse(
            @PathVariable String reference,
            @Valid @RequestBody RefusalBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) ->
                        complaint.refuse(at(body.decidedAt()), body.ground(), body.reasons(), actor, complaints.now()));
    }

    @PostMapping("/{reference}/clarification")
    ResponseEntity<ComplaintView> requestClarification(
            @PathVariable String reference,
            @Valid @RequestBody ClarificationBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.requestClarification(
                        at(body.requestedAt()), body.question(), actor, complaints.now()));
    }

    @PostMapping("/{reference}/extension")
    ResponseEntity<ComplaintView> extend(
            @PathVariable String reference,
            @Valid @RequestBody ExtensionBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.extend(
                        at(body.notifiedAt()),
                        body.workingDays(),
                        body.reason(),
                        body.goodReason(),
                        complaints.calendar(),
                        complaints.timescales(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/{reference}/update-interval")
    ResponseEntity<ComplaintView> agreeUpdates(
            @PathVariable String reference,
            @Valid @RequestBody UpdateIntervalBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.agreeUpdates(
                        at(body.agreedAt()),
                        body.everyWorkingDays(),
                        body.how() == null ? "" : body.how(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/{reference}/response")
    ResponseEntity<ComplaintView> respond(
            @PathVariable String reference,
            @Valid @RequestBody ResponseBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        if (body.outstandingActions() != null) {
            body.outstandingActions().forEach(action -> {
                if (action.owner() != null && !action.owner().isBlank()) {
                    actors.handler(action.owner(), "outstandingActions.owner");
                }
            });
        }
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.respond(
                        at(body.respondedAt()),
                        body.findings().stream()
                                .map(ComplaintRequests.FindingBody::toFinding)
                                .toList(),
                        body.remedies() == null
                                ? List.of()
                                : body.remedies().stream()
                                        .map(ComplaintRequests.RemedyBody::toOffer)
                                        .toList(),
                        body.outstandingActions() == null
                                ? List.of()
                                : body.outstandingActions().stream()
                                        .map(ComplaintRequests.ActionBody::toPlan)
                                        .toList(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/{reference}/escalation")
    ResponseEntity<ComplaintView> escalate(
            @PathVariable String reference,
            @Valid @RequestBody(required = false) @Nullable EscalationBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        EscalationBody request = body == null ? new EscalationBody(null, null) : body;
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.escalate(
                        at(request.requestedAt()), request.residentReason(), actor, complaints.now()));
    }

    @PostMapping("/{reference}/withdrawal")
    ResponseEntity<ComplaintView> withdraw(
            @PathVariable String reference,
            @Valid @RequestBody(required = false) @Nullable WithdrawalBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        WithdrawalBody request = body == null ? new WithdrawalBody(null, null) : body;
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.withdraw(
                        at(request.withdrawnAt()),
                        request.note() == null ? "" : request.note(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/{reference}/closure")
    ResponseEntity<ComplaintView> close(
            @PathVariable String reference,
            @Valid @RequestBody(required = false) @Nullable ClosureBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        ClosureBody request = body == null ? new ClosureBody(null, null) : body;
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.close(
                        at(request.closedAt()), request.note() == null ? "" : request.note(), actor, complaints.now()));
    }

    @PostMapping("/{reference}/correspondence")
    ResponseEntity<ComplaintView> correspondence(
            @PathVariable String reference,
            @Valid @RequestBody CorrespondenceBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.recordCorrespondence(
                        at(body.at()),
                        body.direction(),
                        body.party(),
                        body.channel(),
                        body.summary(),
                        body.body() == null ? "" : body.body(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/{reference}/additional-issue")
    ResponseEntity<ComplaintView> additionalIssue(
            @PathVariable String reference,
            @Valid @RequestBody AdditionalIssueBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        Complaints.IssueOutcome outcome = complaints.addIssue(
                reference(reference),
                IfMatch.version(ifMatch),
                at(body.raisedAt()),
                body.summary(),
                body.outcomeSought() == null ? "" : body.outcomeSought(),
                body.related(),
                actors.of(principal));
        if (!outcome.newComplaint()) {
            return respond(outcome.complaint());
        }
        Complaint separate = outcome.complaint();
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + separate.reference()))
                .eTag(String.valueOf(separate.version()))
                .body(view(separate));
    }

    /** Keeps a document on the complaint's record: multipart form with {@code file} and {@code description}. */
    @PostMapping(value = "/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ComplaintView> attachDocument(
            @PathVariable String reference,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "description", required = false) @Nullable String description,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal)
            throws IOException {
        ComplaintReference known = reference(reference);
        complaints.get(known);
        if (description != null && description.length() > ComplaintRequests.LINE) {
            throw new InvalidInput("description", "must be at most " + ComplaintRequests.LINE + " characters");
        }
        Actor actor = actors.of(principal);
        AttachedDocument attached = AttachedDocument.of(
                documents.store(file.getOriginalFilename(), file.getBytes(), actor.username()), description);
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, by) -> complaint.attachDocument(attached, complaints.now(), by, complaints.now()));
    }

    @PostMapping("/{reference}/remedies/{remedy}/approval")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<ComplaintView> approveRemedy(
            @PathVariable String reference,
            @PathVariable UUID remedy,
            @Valid @RequestBody(required = false) ComplaintRequests.@Nullable RemedyApprovalBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.approveRemedy(
                        remedy, at(body == null ? null : body.approvedAt()), actor, complaints.now()));
    }

    @PostMapping("/{reference}/remedies/{remedy}/completion")
    ResponseEntity<ComplaintView> completeRemedy(
            @PathVariable String reference,
            @PathVariable UUID remedy,
            @Valid @RequestBody(required = false) @Nullable RemedyCompletionBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        RemedyCompletionBody request = body == null ? new RemedyCompletionBody(null, null) : body;
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.completeRemedy(
                        remedy,
                        at(request.completedAt()),
                        request.note() == null ? "" : request.note(),
                        actor,
                        complaints.now()));
    }

    @PostMapping("/{reference}/actions/{action}/updates")
    ResponseEntity<ComplaintView> updateAction(
            @PathVariable String reference,
            @PathVariable UUID action,
            @Valid @RequestBody ActionUpdateBody body,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            Principal principal) {
        return step(
                reference,
                ifMatch,
                principal,
                (complaint, actor) -> complaint.updateAction(
                        action,
                        at(body.at()),
                        body.note(),
                        Boolean.TRUE.equals(body.completed()),
                        actor,
                        complaints.now()));
    }

    private ResponseEntity<ComplaintView> step(
            String reference, @Nullable String ifMatch, Principal principal, BiConsumer<Complaint, Actor> step) {
        Actor actor = actors.of(principal);
        Complaint complaint =
                complaints.act(reference(reference), IfMatch.version(ifMatch), found -> step.accept(found, actor));
        return respond(complaint);
    }

    private ResponseEntity<ComplaintView> respond(Complaint complaint) {
        return ResponseEntity.ok().eTag(String.valueOf(complaint.version())).body(view(complaint));
    }

    private ComplaintView view(Complaint complaint) {
        return view(complaint, complainants.resident(complaint), complaints.letters(complaint.reference()));
    }

    private ComplaintView view(Complaint complaint, Resident resident, List<LetterIssuer.IssuedLetter> letters) {
        return ComplaintView.of(
                complaint, resident, letters, complaints.calendar(), complaints.timescales(), complaints.today());
    }

    private Instant at(@Nullable OffsetDateTime time) {
        return time == null ? complaints.now() : time.toInstant();
    }

    private static ComplaintReference reference(String value) {
        if (!ComplaintReference.isValid(value)) {
            throw new org.putright.system.problem.NotFound("Complaint", value);
        }
        return new ComplaintReference(value);
    }
}
