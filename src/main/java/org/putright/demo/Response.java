package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Actor;
import org.putright.complaint.Finding;
import org.putright.complaint.RemedyOffer;

/**
 * A stage's response (6.7, 6.14): a finding with reasons on every point, the remedies and actions
 * for what was newly upheld, and then those remedies and actions carried out.
 */
final class Response {

    private final Draft draft;

    Response(Draft draft) {
        this.draft = draft;
    }

    /**
     * Responds at {@code stage}, upholding the points {@code upheld} says; {@code before} says what
     * stage 1 found, for a stage 2 review.
     */
    void give(int stage, Instant at, List<Point> points, List<Boolean> upheld, List<Boolean> before, Actor responder) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            findings.add(new Finding(i + 1, upheld.get(i), reasons(stage, points.get(i), upheld.get(i), before, i)));
        }
        List<Integer> fresh = newlyUpheld(stage, points, upheld, before);
        LocalDate on = WorkingCalendar.dayOf(at);
        RemedyOffers remedyOffers = new RemedyOffers(draft);
        ActionPlans actionPlans = new ActionPlans(draft);
        List<RemedyOffer> remedies = remedyOffers.offer(stage, points, upheld, fresh, on);
        List<ActionPlan> actions = actionPlans.plan(points, fresh, responder, on);
        draft.timeline().step(new Beat.Respond(at, stage, findings, remedies, actions, responder));
        remedyOffers.carryOut(stage, at, remedies, responder);
        actionPlans.carryOut(stage, at, actions);
    }

    private String reasons(int stage, Point point, boolean upheld, List<Boolean> before, int index) {
        Issue issue = point.issue();
        String reasons = issue == null
                ? (upheld ? StockPhrases.GENERIC_UPHELD : StockPhrases.GENERIC_NOT_UPHELD)
                : draft.fill(upheld ? issue.upheld() : issue.notUpheld());
        if (stage == 1) {
            return reasons;
        }
        if (point.isHandling()) {
            return upheld ? StockPhrases.HANDLING_UPHELD : StockPhrases.HANDLING_NOT_UPHELD;
        }
        boolean wasUpheld = before.get(index);
        if (upheld == wasUpheld) {
            return "We have reviewed the stage 1 investigation and the records again, and we agree with the"
                    + " stage 1 finding. " + reasons;
        }
        return "We have reviewed the records again and we do not agree with the stage 1 finding. " + reasons;
    }

    /** The points upheld for the first time: all upheld ones at stage 1; at stage 2, those the review changed. */
    private static List<Integer> newlyUpheld(
            int stage, List<Point> points, List<Boolean> upheld, List<Boolean> before) {
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (upheld.get(i) && (stage == 1 || points.get(i).isHandling() || !before.get(i))) {
                fresh.add(i);
            }
        }
        return fresh;
    }
}
