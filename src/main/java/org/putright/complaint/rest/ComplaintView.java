package org.putright.complaint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.Timescales;
import org.putright.complaint.Complaint;
import org.putright.complaint.Deadlines;
import org.putright.complaint.Definition;
import org.putright.complaint.Extension;
import org.putright.complaint.Finding;
import org.putright.complaint.OutstandingAction;
import org.putright.complaint.RecordedEvent;
import org.putright.complaint.Remedy;
import org.putright.complaint.Response;
import org.putright.resident.Representative;
import org.putright.resident.Resident;

/** A complaint as the API shows it (API.md, "GET /api/v1/complaints/{reference}"). */
record ComplaintView(
        String reference,
        int version,
        String status,
        int stage,
        Instant receivedAt,
        String channel,
        @Nullable String category,
        @Nullable String description,
        @Nullable LocalDate issueFirstKnownOn,
        boolean olderThanTwelveMonths,
        @Nullable String discretionReason,
        ResidentView resident,
        @Nullable RepresentativeView representative,
        @Nullable DefinitionView definition,
        Map<String, @Nullable String> handlers,
        DeadlinesView deadlines,
        List<ExtensionView> extensions,
        List<ResponseView> responses,
        List<RemedyView> remedies,
        List<ActionView> outstandingActions,
        @Nullable EscalationView escalation,
        @Nullable RefusalView refusal,
        @Nullable UpdateIntervalView updateInterval,
        List<LetterView> letters,
        List<DocumentView> documents,
        List<String> relatedComplaints,
        @Nullable String raisedFrom,
        @Nullable UUID serviceRequestId,
        List<TimelineEntry> timeline) {

    static ComplaintView of(
            Complaint complaint,
            Resident resident,
            List<org.putright.complaint.LetterIssuer.IssuedLetter> letters,
            WorkingCalendar calendar,
            Timescales timescales,
            LocalDate today) {
        var receipt = complaint.receipt();
        Representative representative = receipt.representativeId() == null
                ? null
                : resident.representatives().stream()
                        .filter(candidate -> candidate.id().equals(receipt.representativeId()))
                        .findFirst()
                        .orElse(null);
        Map<String, @Nullable String> handlers = new HashMap<>();
        handlers.put("stage1", complaint.handler(1));
        handlers.put("stage2", complaint.handler(2));
        Deadlines deadlines = complaint.deadlines(calendar, timescales);
        return new ComplaintView(
                complaint.reference().value(),
                complaint.version(),
                complaint.status().name(),
                complaint.stage(),
                receipt.at(),
                receipt.channel().name(),
                receipt.category(),
                receipt.description(),
                receipt.issueFirstKnownOn(),
                complaint.isOlderThanTwelveMonths(),
                complaint.discretionReason(),
                ResidentView.of(resident),
                representative == null ? null : RepresentativeView.of(representative),
                complaint.definition() == null ? null : DefinitionView.of(complaint.definition()),
                handlers,
                new DeadlinesView(
                        deadlines.acknowledgeBy(),
                        deadlines.respondBy(),
                        deadlines.stateOn(today, calendar).name()),
                extensions(complaint, calendar, timescales),
                complaint.responses().stream()
                        .map(response -> ResponseView.of(
                                response,
                                letters.stream()
                                        .filter(letter ->
                                                letter.type().equals("RESPONSE") && letter.stage() == response.stage())
                                        .map(org.putright.complaint.LetterIssuer.IssuedLetter::href)
                                        .findFirst()
                                        .orElse(null)))
                        .toList(),
                complaint.remedies().stream().map(RemedyView::of).toList(),
                complaint.outstandingActions().stream().map(ActionView::of).toList(),
                complaint.escalationRequestedAt() == null
                        ? null
                        : new EscalationView(complaint.escalationRequestedAt(), complaint.escalationReason()),
                complaint.refusal() == null
                        ? null
                        : new RefusalView(
                                complaint.refusal().stage(),
                                complaint.refusal().decidedAt(),
                                complaint.refusal().ground().name(),
                                complaint.refusal().reasons()),
                complaint.updateInterval() == null
                        ? null
                        : new UpdateIntervalView(
                                complaint.updateInterval().at(),
                                complaint.updateInterval().everyWorkingDays(),
                                complaint.updateInterval().how(),
                                complaint.nextUpdateBy(calendar)),
                letters.stream()
                        .map(letter -> new LetterView(letter.type(), letter.stage(), letter.issuedAt(), letter.href()))
                        .toList(),
                complaint.documents().stream().map(DocumentView::of).toList(),
                complaint.relatedComplaints(),
                receipt.raisedFrom(),
                receipt.serviceRequestId(),
                complaint.record().stream().map(TimelineEntry::of).toList());
    }

    /** Each extension with the response deadline it set, chained from the deadline it extended. */
    private static List<ExtensionView> extensions(
            Complaint complaint, WorkingCalendar calendar, Timescales timescales) {
        List<ExtensionView> views = new ArrayList<>();
        Map<Integer, LocalDate> due = new HashMap<>();
        for (Extension extension : complaint.extensions()) {
            int stage = extension.stage();
            LocalDate before = due.computeIfAbsent(
                    stage, ignored -> complaint.respondByBeforeExtensions(stage, calendar, timescales));
            LocalDate after =
                    before == null ? null : calendar.addWorkingDays(before, WorkingDays.of(extension.workingDays()));
            if (after != null) {
                due.put(stage, after);
            }
            views.add(new ExtensionView(
                    stage,
                    extension.notifiedAt(),
                    extension.workingDays(),
                    extension.reason(),
                    extension.goodReason(),
                    after));
        }
        return views;
    }

    record ResidentView(
            UUID id,
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String address,
            @Nullable String postcode,
            @Nullable String tenancyReference,
            String preferredChannel,
            String preferredFormat) {
        static ResidentView of(Resident resident) {
            var details = resident.details();
            return new ResidentView(
                    resident.id(),
                    details.name(),
                    details.email(),
                    details.phone(),
                    details.address(),
                    details.postcode(),
                    details.tenancyReference(),
                    resident.preferredChannel().name(),
                    resident.preferredFormat().name());
        }
    }

    record RepresentativeView(UUID id, String name, String relationship, String authority) {
        static RepresentativeView of(Representative representative) {
            return new RepresentativeView(
                    representative.id(),
                    representative.name(),
                    representative.relationship(),
                    representative.authority());
        }
    }

    record DefinitionView(List<PointView> points, List<NotResponsibleView> notResponsibleFor) {
        static DefinitionView of(Definition definition) {
            return new DefinitionView(
                    definition.points().stream()
                            .map(point -> new PointView(point.number(), point.summary(), point.outcomeSought()))
                            .toList(),
                    definition.notResponsibleFor().stream()
                            .map(aspect -> new NotResponsibleView(aspect.aspect(), aspect.responsibleParty()))
                            .toList());
        }
    }

    record PointView(int number, String summary, String outcomeSought) {}

    record NotResponsibleView(String aspect, String responsibleParty) {}

    record DeadlinesView(
            @Nullable LocalDate acknowledgeBy, @Nullable LocalDate respondBy, String state) {}

    record ExtensionView(
            int stage,
            Instant notifiedAt,
            int workingDays,
            String reason,
            @Nullable String goodReason,
            @Nullable LocalDate newRespondBy) {}

    record FindingView(int point, boolean upheld, String reasons) {
        static FindingView of(Finding finding) {
            return new FindingView(finding.point(), finding.upheld(), finding.reasons());
        }
    }

    record ResponseView(
            int stage,
            Instant respondedAt,
            String respondedBy,
            String decision,
            List<FindingView> findings,
            List<RemedyView> remedies,
            List<ActionView> outstandingActions,
            @Nullable String letter) {
        static ResponseView of(Response response, @Nullable String letter) {
            return new ResponseView(
                    response.stage(),
                    response.respondedAt(),
                    response.respondedBy(),
                    response.decision().name(),
                    response.findings().stream().map(FindingView::of).toList(),
                    response.remedies().stream().map(RemedyView::of).toList(),
                    response.outstandingActions().stream().map(ActionView::of).toList(),
                    letter);
        }
    }

    record RemedyView(
            UUID id,
            int stage,
            String type,
            String description,
            @Nullable String amount,
            @Nullable LocalDate dueBy,
            String status,
            @Nullable String approvedBy,
            @Nullable Instant completedAt) {
        static RemedyView of(Remedy remedy) {
            BigDecimal amount = remedy.amount();
            return new RemedyView(
                    remedy.id(),
                    remedy.stage(),
                    remedy.type().name(),
                    remedy.description(),
                    amount == null
                            ? null
                            : amount.setScale(2, java.math.RoundingMode.UNNECESSARY)
                                    .toPlainString(),
                    remedy.dueBy(),
                    remedy.status().name(),
                    remedy.approvedBy(),
                    remedy.completedAt());
        }
    }

    record ActionUpdateView(Instant at, String by, String note) {}

    record ActionView(
            UUID id,
            int stage,
            String description,
            String owner,
            LocalDate dueBy,
            @Nullable Instant completedAt,
            List<ActionUpdateView> updates) {
        static ActionView of(OutstandingAction action) {
            return new ActionView(
                    action.id(),
                    action.stage(),
                    action.description(),
                    action.owner(),
                    action.dueBy(),
                    action.completedAt(),
                    action.updates().stream()
                            .map(update -> new ActionUpdateView(update.at(), update.by(), update.note()))
                            .toList());
        }
    }

    record EscalationView(Instant requestedAt, @Nullable String residentReason) {}

    record RefusalView(int stage, Instant decidedAt, String ground, String reasons) {}

    record UpdateIntervalView(
            Instant agreedAt,
            int everyWorkingDays,
            String how,
            @Nullable LocalDate nextUpdateBy) {}

    record LetterView(String type, int stage, Instant issuedAt, String href) {}

    record DocumentView(
            UUID id,
            String filename,
            String contentType,
            long size,
            String sha256,
            String description,
            Instant at,
            String href) {
        static DocumentView of(org.putright.complaint.ComplaintEvent.DocumentAttached document) {
            return new DocumentView(
                    document.document(),
                    document.filename(),
                    document.contentType(),
                    document.size(),
                    document.sha256(),
                    document.description(),
                    document.at(),
                    "/api/v1/documents/" + document.document());
        }
    }

    record TimelineEntry(int sequence, Instant at, Instant recordedAt, String by, String event, String summary) {
        static TimelineEntry of(RecordedEvent recorded) {
            return new TimelineEntry(
                    recorded.sequence(),
                    recorded.event().at(),
                    recorded.recordedAt(),
                    recorded.by(),
                    recorded.event().name(),
                    recorded.event().summary());
        }
    }
}
