package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.Timescales;
import org.putright.complaint.Actor;
import org.putright.complaint.Status;

/**
 * A demo complaint's whole life as it would unfold, beat by beat and in time order, from its
 * {@link Plot}. Stories are written without a clock: they may run past today, and {@link
 * Storyteller} stops each at the first beat still in the future, so recent complaints are open
 * where a real caseload would have them.
 *
 * <p>Times follow the Code's deadlines as the landlord's own calendar and edition compute them:
 * most acknowledgements and responses on time, some late, some extended before their deadline.
 *
 * @param dues each response deadline a stage had, from the moment it was set (acknowledgement or
 *     extension), so the deadline on any day can be read back
 */
record Story(Plot plot, List<Beat> beats, List<Due> dues) {

    Story {
        beats = List.copyOf(beats);
        dues = List.copyOf(dues);
    }

    /**
     * Writes the story of {@code plot}: the complaint received, then refused, withdrawn early, or
     * taken through {@link StageOne} (and from there perhaps {@link StageTwo}), with correspondence
     * kept beside it all. Every choice comes from the plot's seed, in the same order every time.
     */
    static Story write(Plot plot, Cast cast, WorkingCalendar calendar, Timescales timescales) {
        Draft draft = Draft.begin(plot, cast, calendar, timescales);
        Actor handler = stageOneHandler(draft);
        List<Point> points = new PointsOfComplaint(draft).pick();
        LocalDate receivedOn = WorkingCalendar.dayOf(plot.receivedAt());
        Receipt receipt = new Receipt(draft);
        LocalDate firstKnown = receipt.issueFirstKnownOn(receivedOn);
        receipt.receive(handler, points, firstKnown);
        switch (plot.fate()) {
            case REFUSED -> new Refusals(draft).refuseComplaint(firstKnown, handler, receivedOn);
            case WITHDRAWN_EARLY -> {
                LocalDate clarifiedOn = receipt.clarified(handler, receivedOn);
                new Endings(draft).withdraw(clarifiedOn, 1, 4, StockPhrases.EARLY_WITHDRAWALS, handler);
            }
            default -> {
                LocalDate clarifiedOn = receipt.clarified(handler, receivedOn);
                new StageOne(draft, handler).write(points, firstKnown, clarifiedOn);
            }
        }
        new Correspondence(draft).write(handler);
        Timeline timeline = draft.timeline();
        return new Story(plot, timeline.inTimeOrder(), timeline.dues());
    }

    /**
     * Who handles stage 1. A complaint whose compensation waits for approval needs a handler with a
     * limit below it, so the manager, who approves, hands that one to Hana.
     */
    private static Actor stageOneHandler(Draft draft) {
        Cast cast = draft.cast();
        Actor chosen = cast.stageOneHandler(draft.random());
        return draft.plot().has(Twist.AWAITING_APPROVAL) && chosen.equals(cast.maria()) ? cast.hana() : chosen;
    }

    /** The beats that have happened by {@code cutoff}: the story up to its first beat in the future. */
    List<Beat> beatsBy(Instant cutoff) {
        List<Beat> happened = new ArrayList<>();
        for (Beat beat : beats) {
            if (beat.at().isAfter(cutoff)) {
                break;
            }
            happened.add(beat);
        }
        return happened;
    }

    /** Where the complaint stands at {@code cutoff}; null before it is received. */
    @Nullable
    Status statusAt(Instant cutoff) {
        Status status = null;
        for (Beat beat : beatsBy(cutoff)) {
            Status next = beat.leadsTo();
            if (next != null) {
                status = next;
            }
        }
        return status;
    }

    /** The response deadline of {@code stage} as it stood at {@code cutoff}, if one was set by then. */
    @Nullable
    LocalDate respondByAt(int stage, Instant cutoff) {
        LocalDate due = null;
        for (Due change : dues) {
            if (change.stage() == stage && !change.from().isAfter(cutoff)) {
                due = change.respondBy();
            }
        }
        return due;
    }

    /** A stage's response deadline, from the moment it was set. */
    record Due(Instant from, int stage, LocalDate respondBy) {}
}
