package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.CountsFrom;
import org.putright.code.StageTimescales;
import org.putright.complaint.Actor;

/**
 * Stage 2 of a demo complaint, from the resident's request to the final response (6.13, 6.14):
 * handled by someone other than the stage 1 handler, sometimes refused or withdrawn, and otherwise
 * a review of every stage 1 finding that mostly confirms it.
 */
final class StageTwo {

    private final Draft draft;
    private final Plot plot;
    private final Random random;
    private final Timeline timeline;
    private final Actor stageOneHandler;

    StageTwo(Draft draft, Actor stageOneHandler) {
        this.draft = draft;
        this.plot = draft.plot();
        this.random = draft.random();
        this.timeline = draft.timeline();
        this.stageOneHandler = stageOneHandler;
    }

    void write(List<Point> points, List<Boolean> stageOneUpheld, Instant requestedAt) {
        LocalDate requestedOn = WorkingCalendar.dayOf(requestedAt);
        Actor handler = draft.cast().stageTwoHandler(stageOneHandler, random);
        if (plot.fate() == Fate.ESCALATION_REFUSED) {
            new Refusals(draft).refuseEscalation(handler, requestedOn);
            return;
        }
        Endings endings = new Endings(draft);
        boolean withdrawsEarly = plot.fate() == Fate.ESCALATION_WITHDRAWN && random.nextBoolean();
        if (withdrawsEarly) {
            endings.withdraw(requestedOn, 1, 3, StockPhrases.OPEN_WITHDRAWALS, handler);
            return;
        }
        StageTimescales scales = draft.timescales().stage(2);
        LocalDate acknowledgeBy = draft.calendar()
                .deadline(requestedAt, WorkingDays.of(scales.acknowledge().workingDays()));
        LocalDate acknowledgedOn = random.nextInt(100) < 10
                ? timeline.workingDaysAfter(acknowledgeBy, 1 + random.nextInt(3))
                : timeline.soon(requestedOn, acknowledgeBy);
        Instant acknowledgedAt = timeline.office(acknowledgedOn);
        List<Point> restated = points;
        List<Boolean> before = stageOneUpheld;
        if (random.nextInt(100) < 30) {
            restated = Point.plus(points, Point.HANDLING);
            before = new ArrayList<>(stageOneUpheld);
            before.add(false); // Stage 1 made no finding on its own handling.
        }
        timeline.step(new Beat.Acknowledge(
                acknowledgedAt,
                2,
                handler.username(),
                new PointsOfComplaint(draft).definition(restated),
                null,
                handler));
        LocalDate respondBy = draft.calendar()
                .deadline(
                        scales.respond().from() == CountsFrom.ACKNOWLEDGEMENT ? acknowledgedAt : requestedAt,
                        WorkingDays.of(scales.respond().workingDays()));
        timeline.due(acknowledgedAt, 2, respondBy);
        if (plot.fate() == Fate.ESCALATION_WITHDRAWN) {
            endings.withdraw(acknowledgedOn, 2, 10, StockPhrases.OPEN_WITHDRAWALS, handler);
            return;
        }
        Extensions.Extended extended = new Extensions(draft).extend(2, acknowledgedOn, respondBy, handler);
        LocalDate respondedOn = random.nextInt(100) < 15
                ? timeline.workingDaysAfter(extended.respondBy(), 1 + random.nextInt(10))
                : timeline.nearDeadline(extended.last(), extended.respondBy());
        List<Boolean> upheld = new ArrayList<>();
        for (boolean wasUpheld : before) {
            upheld.add(wasUpheld ? random.nextInt(100) < 92 : random.nextInt(100) < 25);
        }
        new Response(draft).give(2, timeline.office(respondedOn), restated, upheld, before, handler);
        if (random.nextInt(100) < 93) {
            endings.close(respondedOn.plusDays(random.nextInt(6)), handler);
        }
    }
}
