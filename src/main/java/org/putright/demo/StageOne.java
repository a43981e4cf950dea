package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingDays;
import org.putright.code.CountsFrom;
import org.putright.code.StageTimescales;
import org.putright.complaint.Actor;
import org.putright.complaint.Definition;

/**
 * Stage 1 of a demo complaint, from acknowledgement (6.2) to response (6.7): acknowledged mostly on
 * time, sometimes joined by a related issue or extended, answered mostly by the deadline, and then
 * either closed or escalated as the plot's fate says.
 */
final class StageOne {

    private final Draft draft;
    private final Plot plot;
    private final Random random;
    private final Timeline timeline;
    private final Actor handler;
    private final PointsOfComplaint pointsOfComplaint;
    private final Endings endings;

    StageOne(Draft draft, Actor handler) {
        this.draft = draft;
        this.plot = draft.plot();
        this.random = draft.random();
        this.timeline = draft.timeline();
        this.handler = handler;
        this.pointsOfComplaint = new PointsOfComplaint(draft);
        this.endings = new Endings(draft);
    }

    /** Writes stage 1 for a complaint clear enough to acknowledge from {@code clarifiedOn}. */
    void write(List<Point> points, @Nullable LocalDate firstKnown, LocalDate clarifiedOn) {
        StageTimescales scales = draft.timescales().stage(1);
        LocalDate acknowledgeBy = draft.calendar()
                .deadline(plot.receivedAt(), WorkingDays.of(scales.acknowledge().workingDays()));
        LocalDate acknowledgedOn = random.nextInt(100) < 12
                ? timeline.workingDaysAfter(acknowledgeBy, 1 + random.nextInt(4))
                : timeline.soon(clarifiedOn, acknowledgeBy);
        Instant acknowledgedAt = timeline.office(acknowledgedOn);
        timeline.step(new Beat.Acknowledge(
                acknowledgedAt,
                1,
                handler.username(),
                pointsOfComplaint.definition(points),
                discretion(firstKnown),
                handler));
        LocalDate respondBy = draft.calendar()
                .deadline(
                        scales.respond().from() == CountsFrom.ACKNOWLEDGEMENT ? acknowledgedAt : plot.receivedAt(),
                        WorkingDays.of(scales.respond().workingDays()));
        timeline.due(acknowledgedAt, 1, respondBy);
        if (plot.fate() == Fate.WITHDRAWN_AT_STAGE_1) {
            endings.withdraw(acknowledgedOn, 1, 6, StockPhrases.OPEN_WITHDRAWALS, handler);
            return;
        }
        LocalDate last = acknowledgedOn;
        if (plot.has(Twist.RELATED_ISSUE)) {
            last = timeline.workingDaysAfter(acknowledgedOn, 1 + random.nextInt(2));
            Point added = pointsOfComplaint.of(pointsOfComplaint.another(points));
            timeline.step(new Beat.AddRelatedIssue(timeline.office(last), added.summary(), added.outcome(), handler));
            points = Point.plus(points, added);
        }
        Extensions.Extended extended = new Extensions(draft).extend(1, last, respondBy, handler);
        LocalDate respondedOn = random.nextInt(100) < 20
                ? timeline.workingDaysAfter(extended.respondBy(), 1 + random.nextInt(8))
                : timeline.nearDeadline(extended.last(), extended.respondBy());
        Instant respondedAt = timeline.office(respondedOn);
        List<Boolean> upheld = findings(points.size());
        if (plot.has(Twist.AWAITING_APPROVAL)) {
            upheld.set(0, true); // So that there is something to pay for, above the handler's limit.
        }
        new Response(draft).give(1, respondedAt, points, upheld, List.of(), handler);
        if (plot.has(Twist.SEPARATE_ISSUE)) {
            raiseSeparately(respondedOn, points);
        }
        if (plot.fate().escalated()) {
            new Escalation(draft, handler).request(points, upheld, respondedOn);
        } else if (random.nextInt(100) < 98) {
            endings.close(respondedOn, handler);
        }
    }

    /** Why a complaint about an issue over 12 months old is accepted all the same (2.3). */
    private @Nullable String discretion(@Nullable LocalDate firstKnown) {
        if (!plot.has(Twist.DISCRETION) || firstKnown == null) {
            return null;
        }
        return "The " + plot.category().words() + " problem began in " + firstKnown.format(StockPhrases.MONTH)
                + " and still affects the home, so we are using our discretion to accept the complaint"
                + " although it arose more than 12 months ago (2.3).";
    }

    /** Whether each point is upheld: all, none, or, for several points, some and not others. */
    private List<Boolean> findings(int points) {
        int roll = random.nextInt(100);
        List<Boolean> upheld = new ArrayList<>();
        if (roll < 28) {
            upheld.addAll(Collections.nCopies(points, true));
        } else if (roll < 68 && points > 1) {
            for (int i = 0; i < points; i++) {
                upheld.add(random.nextBoolean());
            }
            if (!upheld.contains(true)) {
                upheld.set(random.nextInt(points), true);
            } else if (!upheld.contains(false)) {
                upheld.set(random.nextInt(points), false);
            }
        } else {
            upheld.addAll(Collections.nCopies(points, roll < 68 && random.nextBoolean()));
        }
        return upheld;
    }

    /** An unrelated issue raised after the response, logged as a complaint of its own (6.8). */
    private void raiseSeparately(LocalDate respondedOn, List<Point> points) {
        Issue issue = pointsOfComplaint.another(points);
        Instant at = timeline.office(timeline.workingDayFrom(respondedOn.plusDays(1 + random.nextInt(10))));
        String summary = draft.fill(issue.point());
        String outcome = draft.fill(issue.outcome());
        Plot next = new Plot(
                random.nextLong(),
                plot.category(),
                random.nextInt(100) < 85 ? Fate.RESOLVED_AT_STAGE_1 : Fate.ESCALATED,
                plot.channel(),
                plot.resident(),
                at,
                EnumSet.of(Twist.NOT_EXTENDED),
                null,
                null,
                new Definition.PointText(summary, outcome));
        // Not a step: the new issue is a complaint of its own, so this one's record only notes it.
        timeline.note(new Beat.RaiseSeparateIssue(at, summary, outcome, handler, next));
    }
}
