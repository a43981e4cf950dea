package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.complaint.ComplaintEvent.ComplaintResponded;
import org.putright.system.problem.InvalidInput;

/**
 * What a response must hold before it can be recorded: a finding with reasons on every point of
 * the stage's definition and on nothing else (6.7, 6.18), remedies that say what will happen and
 * by when (7.3), and outstanding actions each with an owner and a due date (6.6, 6.17), none due
 * before the response itself. A financial remedy beyond the responder's limit is recorded as
 * awaiting approval (7.4) rather than refused, so that it never holds up the response.
 */
final class ResponseContents {

    private final int stage;
    private final Definition definition;

    private ResponseContents(int stage, Definition definition) {
        this.stage = stage;
        this.definition = definition;
    }

    /** The response event, once findings, remedies and actions all meet the Code. */
    static ComplaintResponded checked(
            Instant at,
            int stage,
            Definition definition,
            List<Finding> findings,
            List<RemedyOffer> offers,
            List<ActionPlan> plans,
            Actor actor) {
        ResponseContents contents = new ResponseContents(stage, definition);
        List<Finding> ordered = contents.findingOnEveryPoint(findings);
        LocalDate respondedOn = WorkingCalendar.dayOf(at);
        for (RemedyOffer offer : offers) {
            if (offer.dueBy() != null && offer.dueBy().isBefore(respondedOn)) {
                throw new RuleBroken(RecordRule.TIME_ORDER, "A remedy cannot be due before the response offering it.");
            }
        }
        for (ActionPlan plan : plans) {
            if (plan.dueBy() != null && plan.dueBy().isBefore(respondedOn)) {
                throw new RuleBroken(
                        RecordRule.TIME_ORDER, "An outstanding action cannot be due before the response setting it.");
            }
        }
        List<Remedy> offered =
                offers.stream().map(offer -> contents.remedy(offer, actor)).toList();
        List<OutstandingAction> outstanding =
                plans.stream().map(contents::outstandingAction).toList();
        return new ComplaintResponded(at, stage, ordered, Decision.from(ordered), offered, outstanding);
    }

    /** One finding with reasons for each point, in the definition's order. */
    private List<Finding> findingOnEveryPoint(List<Finding> findings) {
        Map<Integer, Finding> byPoint = new HashMap<>();
        for (Finding finding : findings) {
            if (definition.points().stream().noneMatch(point -> point.number() == finding.point())) {
                throw new RuleBroken(
                        CodeRule.POINT_WITHOUT_FINDING,
                        stage,
                        "There is no point " + finding.point() + " in the stage " + stage + " definition.");
            }
            if (byPoint.put(finding.point(), finding) != null) {
                throw new RuleBroken(
                        CodeRule.POINT_WITHOUT_FINDING, stage, "Point " + finding.point() + " has two findings.");
            }
            if (finding.reasons().isBlank()) {
                throw new RuleBroken(
                        CodeRule.POINT_WITHOUT_FINDING,
                        stage,
                        "The finding on point " + finding.point() + " needs its reasons.");
            }
        }
        for (Definition.Point point : definition.points()) {
            if (!byPoint.containsKey(point.number())) {
                throw new RuleBroken(
                        CodeRule.POINT_WITHOUT_FINDING,
                        stage,
                        "Point " + point.number() + " (" + point.summary() + ") has no finding; address every point.");
            }
        }
        return definition.points().stream()
                .map(point -> byPoint.get(point.number()))
                .toList();
    }

    private Remedy remedy(RemedyOffer offer, Actor actor) {
        if (offer.type() == RemedyType.FINANCIAL) {
            if (offer.amount() == null || offer.amount().signum() <= 0) {
                throw new InvalidInput("remedies.amount", "a financial remedy needs an amount above zero");
            }
            if (offer.dueBy() == null) {
                throw new RuleBroken(
                        CodeRule.REMEDY_WITHOUT_DUE_DATE,
                        "Say by when the payment of £" + offer.amount() + " will be made.");
            }
        } else if (offer.amount() != null) {
            throw new InvalidInput("remedies.amount", "only a FINANCIAL remedy has an amount");
        }
        if (offer.description().isBlank()) {
            throw new InvalidInput("remedies.description", "must say what will happen");
        }
        boolean needsApproval =
                offer.type() == RemedyType.FINANCIAL && offer.amount() != null && !actor.mayAgree(offer.amount());
        return new Remedy(
                UUID.randomUUID(),
                stage,
                offer.type(),
                offer.description().strip(),
                offer.amount(),
                offer.dueBy(),
                needsApproval ? Remedy.Status.AWAITING_APPROVAL : Remedy.Status.AGREED,
                needsApproval ? null : actor.username(),
                null,
                null);
    }

    private OutstandingAction outstandingAction(ActionPlan plan) {
        if (plan.owner() == null || plan.owner().isBlank() || plan.dueBy() == null) {
            throw new RuleBroken(
                    CodeRule.OUTSTANDING_ACTION_UNTRACKED,
                    stage,
                    "Every outstanding action needs an owner and a due date so it can be tracked.");
        }
        if (plan.description().isBlank()) {
            throw new InvalidInput("outstandingActions.description", "must say what will be done");
        }
        return new OutstandingAction(
                UUID.randomUUID(), stage, plan.description().strip(), plan.owner(), plan.dueBy(), List.of(), null);
    }
}
