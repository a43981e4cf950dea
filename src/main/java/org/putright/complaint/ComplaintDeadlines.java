package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.StageTimescales;
import org.putright.code.Timescales;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.ComplaintEvent.UpdateIntervalAgreed;

/**
 * The dates a complaint's record sets for the landlord: when each stage had to be acknowledged and
 * answered, moved on by its extensions (6.4, 6.15), and when the resident is next due an update
 * (5.9). None is stored. Each is worked out from the record with the landlord's calendar and Code
 * edition, so a new bank holiday or closure day, or another edition, moves it.
 */
final class ComplaintDeadlines {

    private final Complaint complaint;

    ComplaintDeadlines(Complaint complaint) {
        this.complaint = complaint;
    }

    /** The deadline of the step now due. */
    Deadlines due(WorkingCalendar calendar, Timescales timescales) {
        StageTimescales current = timescales.stage(complaint.stage());
        return switch (complaint.status()) {
            case RECEIVED ->
                new Deadlines(
                        calendar.deadline(
                                complaint.receivedAt(),
                                days(current.acknowledge().workingDays())),
                        null);
            case STAGE_2_REQUESTED ->
                new Deadlines(
                        calendar.deadline(
                                requireEscalation(), days(current.acknowledge().workingDays())),
                        null);
            case STAGE_1_OPEN, STAGE_2_OPEN -> new Deadlines(null, respondBy(complaint.stage(), calendar, timescales));
            case STAGE_1_RESPONDED, STAGE_2_RESPONDED, CLOSED, REFUSED, WITHDRAWN -> Deadlines.NONE;
        };
    }

    /** The acknowledgement deadline a stage had, whether or not it has passed. */
    @Nullable
    LocalDate acknowledgeBy(int ofStage, WorkingCalendar calendar, Timescales timescales) {
        Instant from = startOf(ofStage);
        return from == null
                ? null
                : calendar.deadline(
                        from, days(timescales.stage(ofStage).acknowledge().workingDays()));
    }

    /** The response deadline a stage had, with its extensions, once it was acknowledged. */
    @Nullable
    LocalDate respondBy(int ofStage, WorkingCalendar calendar, Timescales timescales) {
        LocalDate due = respondByBeforeExtensions(ofStage, calendar, timescales);
        if (due == null) {
            return null;
        }
        for (Extension extension : complaint.extensions()) {
            if (extension.stage() == ofStage) {
                due = calendar.addWorkingDays(due, days(extension.workingDays()));
            }
        }
        return due;
    }

    /** The stage's own response deadline, before any extension moved it. */
    @Nullable
    LocalDate respondByBeforeExtensions(int ofStage, WorkingCalendar calendar, Timescales timescales) {
        StageTimescales scales = timescales.stage(ofStage);
        Instant acknowledged = complaint.acknowledgedAt(ofStage);
        Instant from =
                switch (scales.respond().from()) {
                    case RECEIPT, ESCALATION_REQUEST -> startOf(ofStage);
                    case ACKNOWLEDGEMENT -> acknowledged;
                };
        if (from == null || acknowledged == null) {
            return null;
        }
        return calendar.deadline(from, days(scales.respond().workingDays()));
    }

    /**
     * When the resident is next due an update under the agreed interval (5.9): the agreed number of
     * working days after the agreement or the last update sent to them; null when none is agreed or
     * nothing more is due.
     */
    @Nullable
    LocalDate nextUpdateBy(WorkingCalendar calendar) {
        UpdateIntervalAgreed agreed = complaint.updateInterval();
        Status status = complaint.status();
        if (agreed == null
                || !status.isOpen()
                || status == Status.STAGE_1_RESPONDED
                || status == Status.STAGE_2_RESPONDED) {
            return null;
        }
        Instant last = agreed.at();
        for (RecordedEvent recorded : complaint.record()) {
            if (recorded.event() instanceof CorrespondenceRecorded sent
                    && sent.direction() == CorrespondenceRecorded.Direction.OUT
                    && sent.party() != CorrespondenceRecorded.Party.CONTRACTOR
                    && sent.party() != CorrespondenceRecorded.Party.OTHER
                    && sent.at().isAfter(last)) {
                last = sent.at();
            }
        }
        return calendar.deadline(last, days(agreed.everyWorkingDays()));
    }

    /** How many working days the stage's extensions add together, for the Code's cap (6.4, 6.15). */
    int extendedWorkingDays(int ofStage) {
        return complaint.extensions().stream()
                .filter(extension -> extension.stage() == ofStage)
                .mapToInt(Extension::workingDays)
                .sum();
    }

    /** Stage 1 runs from receipt, stage 2 from the escalation request. */
    private @Nullable Instant startOf(int ofStage) {
        return ofStage == 1 ? complaint.receivedAt() : complaint.escalationRequestedAt();
    }

    private Instant requireEscalation() {
        Instant requested = complaint.escalationRequestedAt();
        if (requested == null) {
            throw new IllegalStateException("Stage 2 always starts with an escalation request");
        }
        return requested;
    }

    private static WorkingDays days(int count) {
        return WorkingDays.of(count);
    }
}
