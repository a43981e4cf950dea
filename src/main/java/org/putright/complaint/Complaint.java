package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.code.Timescales;
import org.putright.complaint.ComplaintEvent.ActionUpdated;
import org.putright.complaint.ComplaintEvent.ClarificationRequested;
import org.putright.complaint.ComplaintEvent.ComplaintAcknowledged;
import org.putright.complaint.ComplaintEvent.ComplaintClosed;
import org.putright.complaint.ComplaintEvent.ComplaintReceived;
import org.putright.complaint.ComplaintEvent.ComplaintRefused;
import org.putright.complaint.ComplaintEvent.ComplaintWithdrawn;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.ComplaintEvent.DocumentAttached;
import org.putright.complaint.ComplaintEvent.EscalationRequested;
import org.putright.complaint.ComplaintEvent.IssueAdded;
import org.putright.complaint.ComplaintEvent.IssueRaisedSeparately;
import org.putright.complaint.ComplaintEvent.PersonalDataRedacted;
import org.putright.complaint.ComplaintEvent.RemedyApproved;
import org.putright.complaint.ComplaintEvent.RemedyCompleted;
import org.putright.complaint.ComplaintEvent.UpdateIntervalAgreed;
import org.putright.complaint.Lifecycle.Step;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;

/**
 * A complaint, from the moment the landlord receives it to its final response.
 *
 * <p>It is received (1.2: however made), then either refused on a section 2 ground with reasons
 * (2.1–2.4) or acknowledged, defined and logged at stage 1 (5.6, 6.2). A stage 1 response gives a
 * finding with reasons on every point of the definition (6.7); the decision follows from those
 * findings. A response may be extended, each time told to the resident before it was due and
 * together within the Code's cap unless there is good reason (6.4). The resident may then ask for
 * stage 2 without giving reasons (6.12); the escalation is acknowledged by someone other than the
 * stage 1 handler (6.13) and answered with a final response (6.14). There is no stage 0 and no
 * stage 3 (5.2, 5.3). Remedies and outstanding actions promised in a response are followed through
 * to completion (7.3, 6.6), after the complaint has closed if need be.
 *
 * <p>Every step checks its rules, then records an event. The events are the record (5.12): the
 * complaint's state is rebuilt from them by {@link ComplaintState}, and nothing is changed in
 * place. Which step may follow which is decided by {@link Lifecycle} alone. Dates come from the
 * caller; the complaint never reads a clock, so a step can be recorded when it actually happened
 * (backdated), never in the future, and never before what it follows. Deadlines are not stored
 * but read from the record with the landlord's calendar and Code edition ({@link
 * ComplaintDeadlines}), so a new bank holiday or closure day moves them.
 */
public final class Complaint {

    /** The Code's window for accepting a complaint without discretion (2.3). */
    static final Period TWELVE_MONTHS = Period.ofMonths(12);

    private final ComplaintReference reference;
    private final List<RecordedEvent> record = new ArrayList<>();
    private final List<RecordedEvent> unsaved = new ArrayList<>();
    /** What the record says now: written only by applying each event as it is recorded. */
    private final ComplaintState state = new ComplaintState();

    private Complaint(ComplaintReference reference) {
        this.reference = reference;
    }

    /** Receives a new complaint. It need not use the word "complaint" (1.3). */
    public static Complaint receive(ComplaintReference reference, NewComplaint details, Actor actor, Instant now) {
        checkReceipt(details, now);
        Complaint complaint = new Complaint(reference);
        complaint.record(
                new ComplaintReceived(
                        details.receivedAt(),
                        details.channel(),
                        details.residentId(),
                        details.representativeId(),
                        details.description().strip(),
                        details.issueFirstKnownOn(),
                        details.category(),
                        details.serviceRequestId(),
                        details.raisedFrom() == null
                                ? null
                                : details.raisedFrom().value()),
                actor,
                now);
        return complaint;
    }

    /**
     * Checks what is known at receipt before a reference is taken for it: a plausible time, not in
     * the future, a description, and an issue that arose no later than the complaint.
     */
    public static void checkReceipt(NewComplaint details, Instant now) {
        RecordedTime.requirePlausible(details.receivedAt());
        if (RecordedTime.isFuture(details.receivedAt(), now)) {
            throw new RuleBroken(RecordRule.DATED_IN_FUTURE, "receivedAt is later than now.");
        }
        if (details.description().isBlank()) {
            throw new InvalidInput("description", "must say what the complaint is about, in the resident's words");
        }
        LocalDate receivedOn = WorkingCalendar.dayOf(details.receivedAt());
        if (details.issueFirstKnownOn() != null && details.issueFirstKnownOn().isAfter(receivedOn)) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER, "issueFirstKnownOn is after the day the complaint was received.");
        }
    }

    /** Rebuilds a complaint from its record. */
    public static Complaint replay(ComplaintReference reference, List<RecordedEvent> events) {
        if (events.isEmpty() || !(events.get(0).event() instanceof ComplaintReceived)) {
            throw new IllegalArgumentException("A complaint's record starts with its receipt: " + reference);
        }
        Complaint complaint = new Complaint(reference);
        for (RecordedEvent event : events) {
            complaint.state.apply(event);
            complaint.record.add(event);
        }
        return complaint;
    }

    /**
     * Takes a complaint from a landlord's previous system into the record, each historic step dated
     * as it happened and recorded now by {@code importedBy} (see {@link HistoricRecording}). The
     * events are new: the caller saves them like any others.
     *
     * @throws RuleBroken or {@link InvalidInput} naming the first step the record could not hold
     */
    public static Complaint fromHistory(
            ComplaintReference reference, HistoricComplaint history, String importedBy, Instant now) {
        return HistoricRecording.of(reference, history, importedBy, now);
    }

    /**
     * Acknowledges the complaint (stage 1, 6.2) or the escalation (stage 2, 6.11) with the
     * complaint definition (5.6). Stage 2 restates the definition and must be handled by someone
     * other than the stage 1 handler (6.13). A complaint about an issue older than 12 months needs
     * the decision to use discretion recorded (2.3).
     */
    public void acknowledge(
            Instant at, String handler, Definition definition, @Nullable String discretion, Actor actor, Instant now) {
        Status next = step(Step.ACKNOWLEDGE, at, now);
        definition.requireComplete();
        int acknowledgedStage = next == Status.STAGE_1_OPEN ? 1 : 2;
        if (acknowledgedStage == 2 && handledStageOne(handler)) {
            throw new RuleBroken(
                    CodeRule.STAGE_TWO_HANDLER_NOT_INDEPENDENT,
                    handler + " handled stage 1; stage 2 must be handled by someone else.");
        }
        if (acknowledgedStage == 1 && isOlderThanTwelveMonths() && (discretion == null || discretion.isBlank())) {
            throw new RuleBroken(
                    CodeRule.DISCRETION_NOT_DECIDED,
                    "The issue arose more than 12 months before the complaint: record why discretion is used to"
                            + " accept it, or refuse it.");
        }
        // Related issues raised before the stage 1 acknowledgement joined the complaint (6.8).
        Definition complete = acknowledgedStage == 1 ? definition.withIssues(pendingIssues()) : definition;
        record(
                new ComplaintAcknowledged(
                        at, acknowledgedStage, handler, complete, discretion == null ? null : discretion.strip()),
                actor,
                now);
    }

    /** Whoever acknowledged or answered stage 1 is not independent enough to handle stage 2 (6.13). */
    private boolean handledStageOne(String handler) {
        return handler.equals(handler(1))
                || responses().stream()
                        .anyMatch(response ->
                                response.stage() == 1 && response.respondedBy().equals(handler));
    }

    /** Refuses the complaint (2.1–2.4), or at stage 2 the escalation (5.11), with individual reasons. */
    public void refuse(Instant at, @Nullable RefusalGround ground, @Nullable String reasons, Actor actor, Instant now) {
        step(Step.REFUSE, at, now);
        record(RefusalPolicy.checked(this, at, ground, reasons), actor, now);
    }

    /** Asks the resident to clarify the complaint (5.7); the record keeps the question. */
    public void requestClarification(Instant at, String question, Actor actor, Instant now) {
        step(Step.REQUEST_CLARIFICATION, at, now);
        if (question.isBlank()) {
            throw new InvalidInput("question", "must say what needs clarifying");
        }
        record(new ClarificationRequested(at, question.strip()), actor, now);
    }

    /**
     * Extends the open stage's response deadline by some working days. The resident must be told on
     * or before the deadline being extended; the stage's extensions together may not pass the cap
     * (10 working days at stage 1, 20 at stage 2 in the 2024 Code) without a recorded good reason
     * (6.4, 6.15).
     */
    public void extend(
            Instant notifiedAt,
            int workingDays,
            @Nullable String reason,
            @Nullable String goodReason,
            WorkingCalendar calendar,
            Timescales timescales,
            Actor actor,
            Instant now) {
        step(Step.EXTEND, notifiedAt, now);
        record(
                ExtensionPolicy.checked(this, notifiedAt, workingDays, reason, goodReason, calendar, timescales),
                actor,
                now);
    }

    /** Agrees with the resident how often they will be kept informed while the response is awaited (5.9). */
    public void agreeUpdates(Instant at, int everyWorkingDays, String how, Actor actor, Instant now) {
        step(Step.AGREE_UPDATES, at, now);
        if (everyWorkingDays < 1 || everyWorkingDays > 60) {
            throw new InvalidInput("everyWorkingDays", "must be between 1 and 60");
        }
        record(new UpdateIntervalAgreed(at, everyWorkingDays, how.isBlank() ? "as agreed" : how.strip()), actor, now);
    }

    /**
     * A new issue raised during the complaint (6.8). A related issue raised before the stage 1
     * response joins the stage 1 definition; otherwise the caller logs it as a new complaint and
     * records that here with {@link #issueRaisedSeparately}.
     *
     * @return true when the issue joined this complaint
     */
    public boolean addIssue(
            Instant at, String summary, String outcomeSought, boolean related, Actor actor, Instant now) {
        step(Step.ADD_ISSUE, at, now);
        if (summary.isBlank()) {
            throw new InvalidInput("summary", "must say what the new issue is");
        }
        boolean joins = related && (status() == Status.RECEIVED || status() == Status.STAGE_1_OPEN);
        if (!joins) {
            return false;
        }
        if (outcomeSought.isBlank()) {
            // It becomes a point of the definition, and every point carries the outcome sought (5.6).
            throw new InvalidInput("outcomeSought", "must say what the resident wants done about the new issue");
        }
        Definition defined = definition();
        Integer point = status() == Status.STAGE_1_OPEN && defined != null
                ? defined.points().size() + 1
                : null;
        record(new IssueAdded(at, summary.strip(), outcomeSought.strip(), point), actor, now);
        return true;
    }

    /** Records that a new issue was logged as its own complaint (6.8). */
    public void issueRaisedSeparately(
            Instant at, String summary, ComplaintReference newComplaint, Actor actor, Instant now) {
        RecordedTime.check(at, now, receivedAt());
        record(new IssueRaisedSeparately(at, summary.strip(), newComplaint.value()), actor, now);
    }

    /**
     * Responds to the open stage: a finding with reasons for every point of the definition (6.7,
     * 6.18), remedies saying what will happen and by when (7.3), and actions still outstanding with
     * owners (6.6). A financial remedy beyond the actor's limit waits for approval; the response is
     * issued all the same.
     */
    public void respond(
            Instant at,
            List<Finding> findings,
            List<RemedyOffer> offers,
            List<ActionPlan> plans,
            Actor actor,
            Instant now) {
        step(Step.RESPOND, at, now);
        if (stage() == 2 && handledStageOne(actor.username())) {
            throw new RuleBroken(
                    CodeRule.STAGE_TWO_HANDLER_NOT_INDEPENDENT,
                    actor.username() + " handled stage 1, so cannot give the stage 2 response.");
        }
        record(ResponseContents.checked(at, stage(), currentDefinition(), findings, offers, plans, actor), actor, now);
    }

    /** The resident asks for stage 2; no reason is needed (6.12). There is no stage 3 (5.3). */
    public void escalate(Instant at, @Nullable String residentReason, Actor actor, Instant now) {
        if (stage() == 2 && (status() == Status.STAGE_2_RESPONDED || status() == Status.CLOSED)) {
            throw new RuleBroken(
                    CodeRule.NO_THIRD_STAGE,
                    "The stage 2 response is final: the resident can now take the complaint to the Housing Ombudsman.");
        }
        step(Step.ESCALATE, at, now);
        record(
                new EscalationRequested(
                        at, residentReason == null || residentReason.isBlank() ? null : residentReason.strip()),
                actor,
                now);
    }

    /** The resident withdraws the complaint. */
    public void withdraw(Instant at, String note, Actor actor, Instant now) {
        step(Step.WITHDRAW, at, now);
        record(new ComplaintWithdrawn(at, note.strip()), actor, now);
    }

    /** Closes the complaint after a response; remedies and actions are still followed through. */
    public void close(Instant at, String note, Actor actor, Instant now) {
        step(Step.CLOSE, at, now);
        record(new ComplaintClosed(at, note.strip()), actor, now);
    }

    /** Keeps correspondence with anyone, in or out, on the record (5.12), at any point. */
    public void recordCorrespondence(
            Instant at,
            CorrespondenceRecorded.Direction direction,
            CorrespondenceRecorded.Party party,
            String channel,
            String subject,
            String body,
            Actor actor,
            Instant now) {
        RecordedTime.check(at, now, receivedAt());
        if (subject.isBlank()) {
            throw new InvalidInput("summary", "must say what the correspondence was about");
        }
        record(new CorrespondenceRecorded(at, direction, party, channel.strip(), subject.strip(), body), actor, now);
    }

    /** Keeps a document on the record (5.12): evidence, photos, reports, letters received. */
    public void attachDocument(AttachedDocument document, Instant at, Actor actor, Instant now) {
        RecordedTime.check(at, now, receivedAt());
        record(
                new DocumentAttached(
                        at,
                        document.id(),
                        document.filename(),
                        document.contentType(),
                        document.size(),
                        document.sha256(),
                        document.description().strip()),
                actor,
                now);
    }

    /**
     * Records that the personal text of {@code entries} was replaced (retention or erasure): the
     * entry the integrity check needs to accept them as redacted.
     */
    public void recordRedaction(List<Integer> entries, String basis, Actor actor, Instant now) {
        record(new PersonalDataRedacted(now, entries, basis), actor, now);
    }

    /** Approves a financial remedy awaiting approval, by someone whose limit covers it (7.4). */
    public void approveRemedy(UUID remedyId, Instant at, Actor actor, Instant now) {
        Remedy remedy = remedy(remedyId);
        remedy.requireApprovableBy(actor);
        RecordedTime.check(at, now, responseAt(remedy.stage()));
        record(new RemedyApproved(at, remedyId, actor.username()), actor, now);
    }

    /** Records that a remedy was carried out (7.3). */
    public void completeRemedy(UUID remedyId, Instant at, String note, Actor actor, Instant now) {
        Remedy remedy = remedy(remedyId);
        remedy.requireAgreed();
        RecordedTime.check(at, now, remedy.approvedAt() != null ? remedy.approvedAt() : responseAt(remedy.stage()));
        record(new RemedyCompleted(at, remedyId, note.strip()), actor, now);
    }

    /** Records progress on an outstanding action, or its completion (6.6, 6.17). */
    public void updateAction(UUID actionId, Instant at, String note, boolean completed, Actor actor, Instant now) {
        OutstandingAction action = state.outstandingAction(actionId);
        if (action == null) {
            throw new NotFound("Outstanding action", actionId.toString());
        }
        action.requireOpen();
        if (note.isBlank()) {
            throw new InvalidInput("note", "must say what progress was made");
        }
        RecordedTime.check(at, now, responseAt(action.stage()));
        record(new ActionUpdated(at, actionId, note.strip(), completed), actor, now);
    }

    /** The deadline of the step now due, by the landlord's calendar and Code edition. */
    public Deadlines deadlines(WorkingCalendar calendar, Timescales timescales) {
        return new ComplaintDeadlines(this).due(calendar, timescales);
    }

    /** The acknowledgement deadline a stage had, whether or not it has passed. */
    public @Nullable LocalDate acknowledgementDeadline(int ofStage, WorkingCalendar calendar, Timescales timescales) {
        return new ComplaintDeadlines(this).acknowledgeBy(ofStage, calendar, timescales);
    }

    /** The response deadline a stage had, with its extensions, once it was acknowledged. */
    public @Nullable LocalDate respondBy(int ofStage, WorkingCalendar calendar, Timescales timescales) {
        return new ComplaintDeadlines(this).respondBy(ofStage, calendar, timescales);
    }

    /** The stage's own response deadline, before any extension moved it. */
    public @Nullable LocalDate respondByBeforeExtensions(int ofStage, WorkingCalendar calendar, Timescales timescales) {
        return new ComplaintDeadlines(this).respondByBeforeExtensions(ofStage, calendar, timescales);
    }

    /** When the resident is next due an update under the agreed interval (5.9); null when none is due. */
    public @Nullable LocalDate nextUpdateBy(WorkingCalendar calendar) {
        return new ComplaintDeadlines(this).nextUpdateBy(calendar);
    }

    public ComplaintReference reference() {
        return reference;
    }

    /** How many events the record holds: the complaint's version for optimistic concurrency. */
    public int version() {
        return record.size();
    }

    public Status status() {
        return state.status();
    }

    public int stage() {
        return state.stage();
    }

    public ComplaintReceived receipt() {
        return state.receipt();
    }

    public Instant receivedAt() {
        return receipt().at();
    }

    public @Nullable String handler(int ofStage) {
        return state.handler(ofStage);
    }

    public @Nullable Instant acknowledgedAt(int ofStage) {
        return state.acknowledgedAt(ofStage);
    }

    public @Nullable Definition definition() {
        return state.definition();
    }

    public @Nullable String discretionReason() {
        return state.discretionReason();
    }

    public @Nullable Instant escalationRequestedAt() {
        return state.escalationRequestedAt();
    }

    public @Nullable String escalationReason() {
        return state.escalationReason();
    }

    public List<Extension> extensions() {
        return state.extensions();
    }

    public List<Response> responses() {
        return state.responses();
    }

    public @Nullable Instant responseAt(int ofStage) {
        return state.responseAt(ofStage);
    }

    public List<Remedy> remedies() {
        return state.remedies();
    }

    public List<OutstandingAction> outstandingActions() {
        return state.outstandingActions();
    }

    public List<IssueAdded> pendingIssues() {
        return state.pendingIssues();
    }

    public List<String> relatedComplaints() {
        return state.relatedComplaints();
    }

    public @Nullable UpdateIntervalAgreed updateInterval() {
        return state.updateInterval();
    }

    public @Nullable Refusal refusal() {
        return state.refusal();
    }

    public @Nullable Instant closedAt() {
        return state.closedAt();
    }

    public @Nullable Instant withdrawnAt() {
        return state.withdrawnAt();
    }

    /**
     * When the complaint ended: closed, withdrawn or refused (whichever came last); empty while it
     * is open. Retention runs from this day.
     */
    public Optional<Instant> endedAt() {
        if (status() != Status.CLOSED && status() != Status.WITHDRAWN && status() != Status.REFUSED) {
            return Optional.empty();
        }
        return record.stream()
                .map(RecordedEvent::event)
                .filter(event -> event instanceof ComplaintClosed
                        || event instanceof ComplaintWithdrawn
                        || event instanceof ComplaintRefused)
                .map(ComplaintEvent::at)
                .max(Instant::compareTo);
    }

    /** The issue arose more than 12 months before the complaint was received (2.3). */
    public boolean isOlderThanTwelveMonths() {
        LocalDate known = receipt().issueFirstKnownOn();
        return known != null && known.plus(TWELVE_MONTHS).isBefore(WorkingCalendar.dayOf(receivedAt()));
    }

    /** The documents on the record, oldest first. */
    public List<DocumentAttached> documents() {
        return record.stream()
                .map(RecordedEvent::event)
                .filter(DocumentAttached.class::isInstance)
                .map(DocumentAttached.class::cast)
                .toList();
    }

    /** The whole record, oldest first. */
    public List<RecordedEvent> record() {
        return List.copyOf(record);
    }

    /** Events recorded since the complaint was loaded, for the repository to append. */
    public List<RecordedEvent> unsavedEvents() {
        return List.copyOf(unsaved);
    }

    public void markSaved() {
        unsaved.clear();
    }

    /**
     * Checks that {@code step} may follow the current status, at a time no earlier than the last
     * step, and returns where it leads. Package-private, with {@link #record}, for {@link
     * HistoricRecording}, whose steps keep to the lifecycle but not to today's rules.
     */
    Status step(Step step, Instant at, Instant now) {
        Status next = Lifecycle.after(status(), step).orElseThrow(() -> notAllowed(step));
        RecordedTime.check(at, now, state.lastStepAt());
        return next;
    }

    private RuleBroken notAllowed(Step step) {
        return new RuleBroken(
                RecordRule.NOT_ALLOWED_IN_STATUS,
                "A complaint that is " + status() + " cannot take the step " + step + "; open steps: "
                        + Lifecycle.stepsFrom(status()).keySet() + ".");
    }

    private Remedy remedy(UUID id) {
        Remedy remedy = state.remedy(id);
        if (remedy == null) {
            throw new NotFound("Remedy", id.toString());
        }
        return remedy;
    }

    Definition currentDefinition() {
        Definition definition = definition();
        if (definition == null) {
            throw new IllegalStateException("An open stage always has a definition");
        }
        return definition;
    }

    void record(ComplaintEvent event, Actor actor, Instant now) {
        RecordedEvent recorded = new RecordedEvent(record.size() + 1, event, actor.username(), now);
        state.apply(recorded);
        record.add(recorded);
        unsaved.add(recorded);
    }
}
