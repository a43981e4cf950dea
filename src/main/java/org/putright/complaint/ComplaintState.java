package org.putright.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ComplaintEvent.ActionUpdated;
import org.putright.complaint.ComplaintEvent.ClarificationRequested;
import org.putright.complaint.ComplaintEvent.ComplaintAcknowledged;
import org.putright.complaint.ComplaintEvent.ComplaintClosed;
import org.putright.complaint.ComplaintEvent.ComplaintReceived;
import org.putright.complaint.ComplaintEvent.ComplaintRefused;
import org.putright.complaint.ComplaintEvent.ComplaintResponded;
import org.putright.complaint.ComplaintEvent.ComplaintWithdrawn;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.ComplaintEvent.DocumentAttached;
import org.putright.complaint.ComplaintEvent.EscalationRequested;
import org.putright.complaint.ComplaintEvent.IssueAdded;
import org.putright.complaint.ComplaintEvent.IssueRaisedSeparately;
import org.putright.complaint.ComplaintEvent.PersonalDataRedacted;
import org.putright.complaint.ComplaintEvent.RemedyApproved;
import org.putright.complaint.ComplaintEvent.RemedyCompleted;
import org.putright.complaint.ComplaintEvent.ResponseExtended;
import org.putright.complaint.ComplaintEvent.UpdateIntervalAgreed;

/**
 * What a complaint's record says now, from applying its events in order. It is the only place the
 * complaint's state is written, so a complaint replayed from its record and one that has just taken
 * its steps are the same. It checks no rule: {@link Complaint} does that before it records an
 * event, and an event on the record has already happened.
 */
final class ComplaintState {

    private Status status = Status.RECEIVED;
    private int stage = 1;
    private @Nullable ComplaintReceived receipt;
    private final Map<Integer, String> handlers = new HashMap<>();
    private final Map<Integer, Instant> acknowledgedAt = new HashMap<>();
    private @Nullable Definition definition;
    private @Nullable String discretionReason;
    private @Nullable Instant escalationRequestedAt;
    private @Nullable String escalationReason;
    private final List<Extension> extensions = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final Map<UUID, Remedy> remedies = new LinkedHashMap<>();
    private final Map<UUID, OutstandingAction> actions = new LinkedHashMap<>();
    private final List<IssueAdded> pendingIssues = new ArrayList<>();
    private final List<String> relatedComplaints = new ArrayList<>();
    private @Nullable UpdateIntervalAgreed updateInterval;
    private @Nullable Refusal refusal;
    private @Nullable Instant closedAt;
    private @Nullable Instant withdrawnAt;
    private Instant lastStepAt = Instant.EPOCH;

    /** How each event changes the complaint. */
    void apply(RecordedEvent recorded) {
        ComplaintEvent event = recorded.event();
        switch (event) {
            case ComplaintReceived received -> {
                receipt = received;
                status = Status.RECEIVED;
                stage = 1;
            }
            case ComplaintRefused refused -> {
                refusal = new Refusal(refused.stage(), refused.at(), refused.ground(), refused.reasons());
                status = Status.REFUSED;
            }
            case ComplaintAcknowledged acknowledged -> {
                handlers.put(acknowledged.stage(), acknowledged.handler());
                acknowledgedAt.put(acknowledged.stage(), acknowledged.at());
                definition = acknowledged.definition();
                if (acknowledged.discretionReason() != null) {
                    discretionReason = acknowledged.discretionReason();
                }
                pendingIssues.clear();
                status = acknowledged.stage() == 1 ? Status.STAGE_1_OPEN : Status.STAGE_2_OPEN;
            }
            case ClarificationRequested ignored -> {
                // On the record only.
            }
            case ResponseExtended extended ->
                extensions.add(new Extension(
                        extended.stage(),
                        extended.at(),
                        extended.workingDays(),
                        extended.reason(),
                        extended.goodReason()));
            case UpdateIntervalAgreed agreed -> updateInterval = agreed;
            case IssueAdded added -> {
                if (added.point() != null && definition != null) {
                    definition = definition.withPoint(added.summaryOfIssue(), added.outcomeSought());
                } else {
                    pendingIssues.add(added);
                }
            }
            case IssueRaisedSeparately separately -> relatedComplaints.add(separately.newComplaint());
            case ComplaintResponded responded -> {
                responses.add(new Response(
                        responded.stage(),
                        responded.at(),
                        recorded.by(),
                        responded.findings(),
                        responded.decision(),
                        responded.remedies(),
                        responded.outstandingActions()));
                responded.remedies().forEach(remedy -> remedies.put(remedy.id(), remedy));
                responded.outstandingActions().forEach(action -> actions.put(action.id(), action));
                status = responded.stage() == 1 ? Status.STAGE_1_RESPONDED : Status.STAGE_2_RESPONDED;
            }
            case EscalationRequested escalation -> {
                escalationRequestedAt = escalation.at();
                escalationReason = escalation.residentReason();
                stage = 2;
                status = Status.STAGE_2_REQUESTED;
            }
            case ComplaintWithdrawn withdrawn -> {
                withdrawnAt = withdrawn.at();
                status = Status.WITHDRAWN;
            }
            case ComplaintClosed closed -> {
                closedAt = closed.at();
                status = Status.CLOSED;
            }
            case CorrespondenceRecorded ignored -> {
                // On the record only.
            }
            case DocumentAttached ignored -> {
                // On the record only.
            }
            case RemedyApproved approved ->
                remedies.computeIfPresent(
                        approved.remedy(), (id, remedy) -> remedy.approved(approved.approver(), approved.at()));
            case RemedyCompleted completed ->
                remedies.computeIfPresent(completed.remedy(), (id, remedy) -> remedy.completed(completed.at()));
            case PersonalDataRedacted ignored -> {
                // On the record only: the facts the redacted entries carried are unchanged.
            }
            case ActionUpdated updated ->
                actions.computeIfPresent(updated.action(), (id, action) -> {
                    OutstandingAction.Update update =
                            new OutstandingAction.Update(updated.at(), recorded.by(), updated.note());
                    return updated.completed() ? action.completed(update) : action.withUpdate(update);
                });
        }
        if (isStep(event)) {
            lastStepAt = event.at();
        }
    }

    /** Steps of the lifecycle set the time later steps may not precede; the rest are on the record only. */
    private static boolean isStep(ComplaintEvent event) {
        return !(event instanceof CorrespondenceRecorded
                || event instanceof DocumentAttached
                || event instanceof RemedyApproved
                || event instanceof RemedyCompleted
                || event instanceof ActionUpdated
                || event instanceof IssueRaisedSeparately
                || event instanceof PersonalDataRedacted);
    }

    Status status() {
        return status;
    }

    int stage() {
        return stage;
    }

    ComplaintReceived receipt() {
        if (receipt == null) {
            throw new IllegalStateException("A complaint is always received first");
        }
        return receipt;
    }

    @Nullable
    String handler(int ofStage) {
        return handlers.get(ofStage);
    }

    @Nullable
    Instant acknowledgedAt(int ofStage) {
        return acknowledgedAt.get(ofStage);
    }

    @Nullable
    Definition definition() {
        return definition;
    }

    @Nullable
    String discretionReason() {
        return discretionReason;
    }

    @Nullable
    Instant escalationRequestedAt() {
        return escalationRequestedAt;
    }

    @Nullable
    String escalationReason() {
        return escalationReason;
    }

    List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    List<Response> responses() {
        return List.copyOf(responses);
    }

    /** When the stage was responded to; null until it is. */
    @Nullable
    Instant responseAt(int ofStage) {
        return responses.stream()
                .filter(response -> response.stage() == ofStage)
                .map(Response::respondedAt)
                .findFirst()
                .orElse(null);
    }

    List<Remedy> remedies() {
        return List.copyOf(remedies.values());
    }

    @Nullable
    Remedy remedy(UUID id) {
        return remedies.get(id);
    }

    List<OutstandingAction> outstandingActions() {
        return List.copyOf(actions.values());
    }

    @Nullable
    OutstandingAction outstandingAction(UUID id) {
        return actions.get(id);
    }

    List<IssueAdded> pendingIssues() {
        return List.copyOf(pendingIssues);
    }

    List<String> relatedComplaints() {
        return List.copyOf(relatedComplaints);
    }

    @Nullable
    UpdateIntervalAgreed updateInterval() {
        return updateInterval;
    }

    @Nullable
    Refusal refusal() {
        return refusal;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    @Nullable
    Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** When the last step of the lifecycle happened: no later step may be dated before it. */
    Instant lastStepAt() {
        return lastStepAt;
    }
}
