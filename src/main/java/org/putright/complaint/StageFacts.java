package org.putright.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;

/**
 * What one stage of one complaint amounts to for reporting and the self-assessment: when it
 * started, whether it was acknowledged and answered within the Code's timescales, how it was
 * extended, refused, withdrawn or closed, and how its remedies and actions were followed through.
 *
 * <p>Stage 1 starts when the complaint is received; stage 2 when the resident asks for it. The
 * facts are derived from the complaint's record by {@link StageFactsOf}, with the landlord's
 * calendar and Code edition, and kept beside the record so that figures over a year of complaints
 * are a single aggregate query.
 */
public record StageFacts(
        ComplaintReference reference,
        int stage,
        Channel channel,
        @Nullable String category,
        UUID residentId,
        @Nullable String handler,
        Instant startedAt,
        Acknowledgement acknowledgement,
        Extensions extensions,
        Answer answer,
        @Nullable Refused refused,
        @Nullable Instant withdrawnAt,
        @Nullable Instant closedAt,
        @Nullable Boolean handlerIndependent,
        FollowThrough followThrough) {

    /** The Europe/London day the stage started: the complaint received (1) or stage 2 asked for (2). */
    public LocalDate startedOn() {
        return WorkingCalendar.dayOf(startedAt);
    }

    /**
     * Counted as answered within the timescale for CH02: acknowledged on time and responded on or
     * before the response deadline as moved by extensions the Code allows (6.2–6.5, 6.11–6.16).
     */
    public boolean withinTimescale() {
        return Boolean.TRUE.equals(acknowledgement.onTime()) && Boolean.TRUE.equals(answer.onTime());
    }

    /** The acknowledgement (6.2, 6.11) with the complaint definition (5.6). */
    public record Acknowledgement(LocalDate due, @Nullable Instant at, boolean definitionRecorded) {

        /** Null while not acknowledged. */
        public @Nullable Boolean onTime() {
            return at == null ? null : !WorkingCalendar.dayOf(at).isAfter(due);
        }
    }

    /**
     * The stage's extensions (6.4, 6.15): how many, how many working days together, whether each was
     * told to the resident on or before the deadline it extended, and whether together they kept
     * within the cap or each going beyond it had a recorded good reason; and whether each has its
     * extension letter, which carries the Ombudsman's contact details (6.5, 6.16).
     */
    public record Extensions(
            int count,
            int workingDays,
            boolean allNotifiedInTime,
            boolean allWithinCapOrGoodReason,
            boolean lettersIssued) {

        public static final Extensions NONE = new Extensions(0, 0, true, true, true);
    }

    /**
     * The stage's response (6.3, 6.14). {@code dueBeforeExtensions} and {@code due} are null until
     * the stage is acknowledged; {@code dueAllowed} is the deadline moved only by the extensions the
     * Code allows, against which the response is timed.
     */
    public record Answer(
            @Nullable LocalDate dueBeforeExtensions,
            @Nullable LocalDate due,
            @Nullable LocalDate dueAllowed,
            @Nullable Instant at,
            @Nullable Decision decision,
            boolean letterIssued) {

        /** Null while not responded. */
        public @Nullable Boolean onTime() {
            if (at == null) {
                return null;
            }
            return dueAllowed != null && !WorkingCalendar.dayOf(at).isAfter(dueAllowed);
        }
    }

    /** The complaint (stage 1, 2.1–2.4) or its escalation (stage 2, 5.11) refused. */
    public record Refused(Instant at, RefusalGround ground, boolean reasonsGiven, boolean letterIssued) {}

    /**
     * Remedies (7.1–7.4) and outstanding actions (6.6, 6.17) the stage's response set, and how they
     * were carried out: completed, and completed by the day they were due.
     */
    public record FollowThrough(
            int remedies,
            int financialRemedies,
            BigDecimal compensationOffered,
            BigDecimal compensationPaid,
            int remediesWithDueDate,
            int remediesCompleted,
            int remediesCompletedOnTime,
            int actions,
            int actionsCompleted,
            int actionsCompletedOnTime) {

        public static final FollowThrough NONE =
                new FollowThrough(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0);
    }
}
