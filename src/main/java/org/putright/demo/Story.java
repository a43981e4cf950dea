package org.putright.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.CountsFrom;
import org.putright.code.StageTimescales;
import org.putright.code.Timescales;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Actor;
import org.putright.complaint.Channel;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Party;
import org.putright.complaint.Definition;
import org.putright.complaint.Finding;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyOffer;
import org.putright.complaint.RemedyType;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    Story {
        beats = List.copyOf(beats);
        dues = List.copyOf(dues);
    }

    static Story write(Plot plot, Cast cast, WorkingCalendar calendar, Timescales timescales) {
        return new Writer(plot, cast, calendar, timescales).write();
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

    /** One point of the definition, with the issue it came from when it came from one. */
    private record Point(
            String summary, String outcome, @Nullable Issue issue) {}

    /** Writes one story. Every choice comes from the plot's seed, in the same order every time. */
    private static final class Writer {

        private final Plot plot;
        private final Cast cast;
        private final WorkingCalendar calendar;
        private final Timescales timescales;
        private final Random random;
        private final List<Beat> beats = new ArrayList<>();
        private final List<Due> dues = new ArrayList<>();
        private final Placeholders placeholders;
        private Instant lastStep;

        Writer(Plot plot, Cast cast, WorkingCalendar calendar, Timescales timescales) {
            this.plot = plot;
            this.cast = cast;
            this.calendar = calendar;
            this.timescales = timescales;
            this.random = new Random(plot.seed());
            this.lastStep = plot.receivedAt();
            this.placeholders = Placeholders.pick(random, day(plot.receivedAt()));
        }

        Story write() {
            Actor chosen = cast.stageOneHandler(random);
            Actor handler = plot.has(Twist.AWAITING_APPROVAL) && chosen.equals(cast.maria()) ? cast.hana() : chosen;
            List<Point> points = points();
            LocalDate receivedOn = day(plot.receivedAt());
            LocalDate firstKnown = issueFirstKnownOn(receivedOn);
            receive(handler, points, firstKnown);
            switch (plot.fate()) {
                case REFUSED -> refuse(1, requireGround(), firstKnown, handler, receivedOn);
                case WITHDRAWN_EARLY -> {
                    LocalDate after = maybeClarify(handler, receivedOn);
                    step(new Beat.Withdraw(
                            office(calendar.addWorkingDays(after, days(1 + random.nextInt(4)))),
                            Riverside.pick(random, StockPhrases.EARLY_WITHDRAWALS),
                            handler));
                }
                default -> stageOne(handler, points, firstKnown, receivedOn);
            }
            correspondence(handler);
            List<Beat> ordered = new ArrayList<>(beats);
            ordered.sort(Comparator.comparing(Beat::at));
            return new Story(plot, ordered, dues);
        }

        // --- Stage 1 ---------------------------------------------------------------------------

        private void stageOne(Actor handler, List<Point> points, @Nullable LocalDate firstKnown, LocalDate receivedOn) {
            LocalDate after = maybeClarify(handler, receivedOn);
            StageTimescales scales = timescales.stage(1);
            LocalDate acknowledgeBy = calendar.deadline(
                    plot.receivedAt(), days(scales.acknowledge().workingDays()));
            LocalDate acknowledgedOn = random.nextInt(100) < 12
                    ? calendar.addWorkingDays(acknowledgeBy, days(1 + random.nextInt(4)))
                    : soon(after, acknowledgeBy);
            Instant acknowledgedAt = office(acknowledgedOn);
            String discretion = plot.has(Twist.DISCRETION) && firstKnown != null
                    ? "The " + plot.category().words() + " problem began in " + firstKnown.format(MONTH)
                            + " and still affects the home, so we are using our discretion to accept the complaint"
                            + " although it arose more than 12 months ago (2.3)."
                    : null;
            step(new Beat.Acknowledge(acknowledgedAt, 1, handler.username(), definition(points), discretion, handler));
            LocalDate respondBy = calendar.deadline(
                    scales.respond().from() == CountsFrom.ACKNOWLEDGEMENT ? acknowledgedAt : plot.receivedAt(),
                    days(scales.respond().workingDays()));
            dues.add(new Due(acknowledgedAt, 1, respondBy));
            if (plot.fate() == Fate.WITHDRAWN_AT_STAGE_1) {
                step(new Beat.Withdraw(
                        office(calendar.addWorkingDays(acknowledgedOn, days(1 + random.nextInt(6)))),
                        Riverside.pick(random, StockPhrases.OPEN_WITHDRAWALS),
                        handler));
                return;
            }
            LocalDate last = acknowledgedOn;
            if (plot.has(Twist.RELATED_ISSUE)) {
                last = calendar.addWorkingDays(acknowledgedOn, days(1 + random.nextInt(2)));
                Issue issue = otherIssue(points);
                Point added = new Point(fill(issue.point()), fill(issue.outcome()), issue);
                step(new Beat.AddRelatedIssue(office(last), added.summary(), added.outcome(), handler));
                points = plus(points, added);
            }
            Extended extended = extend(1, last, respondBy, handler);
            respondBy = extended.respondBy();
            last = extended.last();
            LocalDate respondedOn = random.nextInt(100) < 20
                    ? calendar.addWorkingDays(respondBy, days(1 + random.nextInt(8)))
                    : nearDeadline(last, respondBy);
            Instant respondedAt = office(respondedOn);
            List<Boolean> upheld = stageOneFindings(points.size());
            if (plot.has(Twist.AWAITING_APPROVAL)) {
                upheld.set(0, true);
            }
            respond(1, respondedAt, points, upheld, List.of(), handler);
            if (plot.has(Twist.SEPARATE_ISSUE)) {
                raiseSeparately(respondedOn, points, handler);
            }
            afterStageOne(handler, points, upheld, respondedOn);
        }

        private void afterStageOne(Actor handler, List<Point> points, List<Boolean> upheld, LocalDate respondedOn) {
            if (!plot.fate().escalated()) {
                if (random.nextInt(100) < 98) {
                    close(respondedOn, handler);
                }
                return;
            }
            LocalDate from = respondedOn;
            if (random.nextInt(100) < 30) {
                from = close(respondedOn, handler);
                from = from.plusDays(3 + random.nextInt(38));
            } else {
                from = from.plusDays(1 + random.nextInt(20));
            }
            Instant requestedAt;
            Actor by;
            if (random.nextInt(100) < 45) {
                requestedAt = anyTime(from);
                by = Cast.resident();
            } else {
                requestedAt = office(workingDayFrom(from));
                by = handler;
            }
            String reason = random.nextInt(100) < 65 ? Riverside.pick(random, StockPhrases.ESCALATION_REASONS) : null;
            step(new Beat.Escalate(requestedAt, reason, by));
            stageTwo(handler, points, upheld, requestedAt);
        }

        // --- Stage 2 ---------------------------------------------------------------------------

        private void stageTwo(Actor stageOne, List<Point> points, List<Boolean> stageOneUpheld, Instant requestedAt) {
            LocalDate requestedOn = day(requestedAt);
            Actor handler = cast.stageTwoHandler(stageOne, random);
            if (plot.fate() == Fate.ESCALATION_REFUSED) {
                RefusalGround given = plot.ground();
                refuse(2, given == null ? RefusalGround.LEGAL_PROCEEDINGS : given, null, handler, requestedOn);
                return;
            }
            boolean withdrawsEarly = plot.fate() == Fate.ESCALATION_WITHDRAWN && random.nextBoolean();
            if (withdrawsEarly) {
                step(new Beat.Withdraw(
                        office(calendar.addWorkingDays(requestedOn, days(1 + random.nextInt(3)))),
                        Riverside.pick(random, StockPhrases.OPEN_WITHDRAWALS),
                        handler));
                return;
            }
            StageTimescales scales = timescales.stage(2);
            LocalDate acknowledgeBy =
                    calendar.deadline(requestedAt, days(scales.acknowledge().workingDays()));
            LocalDate acknowledgedOn = random.nextInt(100) < 10
                    ? calendar.addWorkingDays(acknowledgeBy, days(1 + random.nextInt(3)))
                    : soon(requestedOn, acknowledgeBy);
            Instant acknowledgedAt = office(acknowledgedOn);
            List<Point> restated = points;
            List<Boolean> before = stageOneUpheld;
            if (random.nextInt(100) < 30) {
                restated = plus(points, new Point(StockPhrases.HANDLING_POINT, StockPhrases.HANDLING_OUTCOME, null));
                before = plusFalse(stageOneUpheld);
            }
            step(new Beat.Acknowledge(acknowledgedAt, 2, handler.username(), definition(restated), null, handler));
            LocalDate respondBy = calendar.deadline(
                    scales.respond().from() == CountsFrom.ACKNOWLEDGEMENT ? acknowledgedAt : requestedAt,
                    days(scales.respond().workingDays()));
            dues.add(new Due(acknowledgedAt, 2, respondBy));
            if (plot.fate() == Fate.ESCALATION_WITHDRAWN) {
                step(new Beat.Withdraw(
                        office(calendar.addWorkingDays(acknowledgedOn, days(2 + random.nextInt(9)))),
                        Riverside.pick(random, StockPhrases.OPEN_WITHDRAWALS),
                        handler));
                return;
            }
            Extended extended = extend(2, acknowledgedOn, respondBy, handler);
            LocalDate respondedOn = random.nextInt(100) < 15
                    ? calendar.addWorkingDays(extended.respondBy(), days(1 + random.nextInt(10)))
                    : nearDeadline(extended.last(), extended.respondBy());
            List<Boolean> upheld = new ArrayList<>();
            for (boolean wasUpheld : before) {
                upheld.add(wasUpheld ? random.nextInt(100) < 92 : random.nextInt(100) < 25);
            }
            respond(2, office(respondedOn), restated, upheld, before, handler);
            if (random.nextInt(100) < 93) {
                close(respondedOn.plusDays(random.nextInt(6)), handler);
            }
        }

        // --- Steps -----------------------------------------------------------------------------

        private void receive(Actor handler, List<Point> points, @Nullable LocalDate firstKnown) {
            if (plot.loggedAs() != null) {
                return; // Logged already, from the other complaint's new issue.
            }
            DemoResident.Acting representative = plot.resident().representative();
            UUID actingFor = representative != null && random.nextInt(100) < 80 ? representative.id() : null;
            Plot.FromServiceRequest request = plot.serviceRequest();
            beats.add(new Beat.Receive(
                    plot.receivedAt(),
                    plot.channel(),
                    plot.resident().id(),
                    actingFor,
                    describe(points, request),
                    firstKnown,
                    plot.category().name(),
                    request == null ? null : request.id(),
                    plot.channel() == Channel.WEB_FORM ? Cast.resident() : handler));
        }

        private LocalDate maybeClarify(Actor handler, LocalDate receivedOn) {
            if (random.nextInt(100) >= 8) {
                return receivedOn;
            }
            LocalDate on = calendar.addWorkingDays(receivedOn, days(1));
            step(new Beat.Clarify(office(on), Riverside.pick(random, StockPhrases.CLARIFICATIONS), handler));
            return on;
        }

        private void refuse(
                int stage, RefusalGround ground, @Nullable LocalDate firstKnown, Actor handler, LocalDate after) {
            LocalDate on = calendar.addWorkingDays(after, days(1 + random.nextInt(5)));
            step(new Beat.Refuse(office(on), stage, ground, refusalReasons(stage, ground, firstKnown, on), handler));
        }

        private Extended extend(int stage, LocalDate last, LocalDate respondBy, Actor handler) {
            int cap = timescales.stage(stage).extensionCap().workingDays();
            List<Integer> lengths = new ArrayList<>();
            boolean beyondCap = stage == 1 && plot.has(Twist.EXTENDED_BEYOND_CAP);
            if (beyondCap) {
                lengths.add(cap);
                lengths.add(Math.max(1, cap / 2));
            } else if (stage == 1 && plot.has(Twist.EXTENDED_TWICE)) {
                lengths.add(Math.max(1, cap / 2));
                lengths.add(Math.max(1, cap / 2));
            } else if (!plot.has(Twist.NOT_EXTENDED) && random.nextInt(100) < (stage == 1 ? 12 : 10)) {
                lengths.add(
                        stage == 1 ? (random.nextBoolean() ? cap / 2 : cap) : cap / 2 + random.nextInt(cap / 2 + 1));
            }
            LocalDate due = respondBy;
            LocalDate notifiedOn = last;
            int total = 0;
            for (int i = 0; i < lengths.size(); i++) {
                int length = Math.max(1, lengths.get(i));
                int span = calendar.workingDaysBetween(notifiedOn, due).value();
                if (span < 1) {
                    break; // Nothing left to extend on time.
                }
                int earliest = i == 0 ? Math.max(1, span - 3) : Math.max(1, span - 2);
                notifiedOn = calendar.addWorkingDays(notifiedOn, days(earliest + random.nextInt(span - earliest + 1)));
                total += length;
                Instant at = office(notifiedOn);
                String goodReason = total > cap ? StockPhrases.GOOD_REASON : null;
                step(new Beat.Extend(
                        at,
                        length,
                        Riverside.pick(
                                random, stage == 1 ? StockPhrases.EXTENSIONS : StockPhrases.STAGE_TWO_EXTENSIONS),
                        goodReason,
                        handler));
                due = calendar.addWorkingDays(due, days(length));
                dues.add(new Due(at, stage, due));
                if (i == 0 && random.nextBoolean()) {
                    step(new Beat.AgreeUpdates(
                            at.plusSeconds(420), 5, "A phone call every Friday with an update", handler));
                }
            }
            return new Extended(due, notifiedOn.isAfter(last) ? notifiedOn : last);
        }

        private record Extended(LocalDate respondBy, LocalDate last) {}

        private void respond(
                int stage,
                Instant at,
                List<Point> points,
                List<Boolean> upheld,
                List<Boolean> before,
                Actor responder) {
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                findings.add(
                        new Finding(i + 1, upheld.get(i), reasons(stage, points.get(i), upheld.get(i), before, i)));
            }
            List<RemedyOffer> remedies = remedies(stage, points, upheld, before, day(at));
            List<ActionPlan> actions = actions(stage, points, upheld, before, responder, day(at));
            step(new Beat.Respond(at, stage, findings, remedies, actions, responder));
            followRemedies(stage, at, remedies, responder);
            followActions(stage, at, actions);
        }

        private LocalDate close(LocalDate respondedOn, Actor handler) {
            LocalDate on = workingDayFrom(respondedOn.plusDays(2 + random.nextInt(9)));
            step(new Beat.Close(office(on), Riverside.pick(random, StockPhrases.CLOSURES), handler));
            return on;
        }

        private void raiseSeparately(LocalDate respondedOn, List<Point> points, Actor handler) {
            Issue issue = otherIssue(points);
            Instant at = office(workingDayFrom(respondedOn.plusDays(1 + random.nextInt(10))));
            String summary = fill(issue.point());
            String outcome = fill(issue.outcome());
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
            beats.add(new Beat.RaiseSeparateIssue(at, summary, outcome, handler, next));
        }

        // --- Findings, remedies and actions ----------------------------------------------------

        private List<Boolean> stageOneFindings(int points) {
            int roll = random.nextInt(100);
            List<Boolean> upheld = new ArrayList<>();
            if (roll < 28) {
                points(upheld, points, true);
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
                points(upheld, points, roll < 68 && random.nextBoolean());
            }
            return upheld;
        }

        private static void points(List<Boolean> findings, int count, boolean upheld) {
            for (int i = 0; i < count; i++) {
                findings.add(upheld);
            }
        }

        private String reasons(int stage, Point point, boolean upheld, List<Boolean> before, int index) {
            Issue issue = point.issue();
            String reasons = issue == null
                    ? (upheld ? StockPhrases.GENERIC_UPHELD : StockPhrases.GENERIC_NOT_UPHELD)
                    : fill(upheld ? issue.upheld() : issue.notUpheld());
            if (stage == 1) {
                return reasons;
            }
            if (point.summary().equals(StockPhrases.HANDLING_POINT)) {
                return upheld ? StockPhrases.HANDLING_UPHELD : StockPhrases.HANDLING_NOT_UPHELD;
            }
            boolean wasUpheld = before.get(index);
            if (upheld == wasUpheld) {
                return "We have reviewed the stage 1 investigation and the records again, and we agree with the"
                        + " stage 1 finding. " + reasons;
            }
            return "We have reviewed the records again and we do not agree with the stage 1 finding. " + reasons;
        }

        /**
         * What the response offers to put things right (7.1): at stage 1 for each upheld point, at
         * stage 2 for what the review changed, with compensation more often than not where the
         * landlord got things wrong.
         */
        private List<RemedyOffer> remedies(
                int stage, List<Point> points, List<Boolean> upheld, List<Boolean> before, LocalDate on) {
            List<RemedyOffer> remedies = new ArrayList<>();
            List<Integer> fresh = newlyUpheld(stage, points, upheld, before);
            if (!upheld.contains(true)) {
                if (random.nextInt(100) < 35) {
                    remedies.add(new RemedyOffer(
                            RemedyType.EXPLANATION,
                            "An explanation of our findings, and what to do if the problem comes back",
                            null,
                            null));
                }
                return remedies;
            }
            if (!fresh.isEmpty() && random.nextInt(100) < 88) {
                remedies.add(new RemedyOffer(
                        RemedyType.APOLOGY, "A full apology, in this letter, for the failings we found", null, null));
            }
            for (int i : fresh) {
                Issue issue = points.get(i).issue();
                if (stage == 2 && issue != null) {
                    remedies.add(new RemedyOffer(
                            RemedyType.DECISION_CHANGED,
                            "The stage 1 decision on point " + (i + 1) + " is changed: we now uphold it",
                            null,
                            null));
                }
                if (issue != null && random.nextInt(100) < 70) {
                    remedies.add(new RemedyOffer(issue.remedy(), fill(issue.remedyText()), null, null));
                }
            }
            boolean costly = plot.category() == DemoCategory.REPAIRS || plot.category() == DemoCategory.DAMP_AND_MOULD;
            boolean overLimit = stage == 1 && plot.has(Twist.AWAITING_APPROVAL);
            if (overLimit || random.nextInt(100) < (stage == 2 ? 35 : costly ? 70 : 45)) {
                BigDecimal amount = overLimit
                        ? BigDecimal.valueOf(150 + 5 * random.nextInt(50)).setScale(2)
                        : amount();
                remedies.add(new RemedyOffer(
                        RemedyType.FINANCIAL,
                        (stage == 2 ? "A further £" : "£") + amount.toPlainString() + " "
                                + Riverside.pick(random, StockPhrases.PAYMENTS),
                        amount,
                        on.plusDays(28)));
            }
            if (random.nextInt(100) < 15) {
                remedies.add(new RemedyOffer(
                        RemedyType.ACKNOWLEDGEMENT,
                        "We acknowledge the effect this has had on you and your household",
                        null,
                        null));
            }
            return remedies;
        }

        /** The points upheld for the first time: all upheld ones at stage 1; at stage 2, those the review changed. */
        private static List<Integer> newlyUpheld(
                int stage, List<Point> points, List<Boolean> upheld, List<Boolean> before) {
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                boolean handling = points.get(i).summary().equals(StockPhrases.HANDLING_POINT);
                if (upheld.get(i) && (stage == 1 || handling || !before.get(i))) {
                    fresh.add(i);
                }
            }
            return fresh;
        }

        /** Compensation as landlords' policies scale it: mostly modest, sometimes several hundred pounds. */
        private BigDecimal amount() {
            int roll = random.nextInt(100);
            int pounds = roll < 50
                    ? 25 + 5 * random.nextInt(16)
                    : roll < 85 ? 105 + 5 * random.nextInt(40) : 305 + 5 * random.nextInt(90);
            return BigDecimal.valueOf(pounds).setScale(2);
        }

        /** What is still to be done for the points newly upheld, with an owner and a due date (6.6, 6.17). */
        private List<ActionPlan> actions(
                int stage,
                List<Point> points,
                List<Boolean> upheld,
                List<Boolean> before,
                Actor responder,
                LocalDate on) {
            List<ActionPlan> actions = new ArrayList<>();
            for (int i : newlyUpheld(stage, points, upheld, before)) {
                Issue issue = points.get(i).issue();
                if (issue != null && random.nextInt(100) < 55) {
                    Actor owner =
                            cast.handlers().contains(responder) ? responder : Riverside.pick(random, cast.handlers());
                    actions.add(new ActionPlan(
                            fill(issue.action()), owner.username(), on.plusDays(10 + random.nextInt(36))));
                }
            }
            return actions;
        }

        /** Approval above the responder's limit, payment, and the rest of the remedies carried out (7.3, 7.4). */
        private void followRemedies(int stage, Instant respondedAt, List<RemedyOffer> remedies, Actor responder) {
            LocalDate respondedOn = day(respondedAt);
            for (int i = 0; i < remedies.size(); i++) {
                RemedyOffer remedy = remedies.get(i);
                LocalDate ready = respondedOn;
                BigDecimal amount = remedy.amount();
                if (amount != null && !Cast.mayAgree(responder, amount)) {
                    boolean waiting = stage == 1 && plot.has(Twist.AWAITING_APPROVAL);
                    if (waiting || random.nextInt(100) >= 85) {
                        continue; // Still waiting for the manager.
                    }
                    ready = calendar.addWorkingDays(respondedOn, days(1 + random.nextInt(6)));
                    beats.add(new Beat.ApproveRemedy(during(ready), stage, i, cast.maria()));
                }
                switch (remedy.type()) {
                    case APOLOGY, ACKNOWLEDGEMENT, EXPLANATION ->
                        beats.add(new Beat.CompleteRemedy(
                                respondedAt.plusSeconds(600), stage, i, "Given in the response letter", responder));
                    case FINANCIAL -> {
                        if (random.nextInt(100) < 92) {
                            LocalDate paid = calendar.addWorkingDays(ready, days(2 + random.nextInt(12)));
                            beats.add(new Beat.CompleteRemedy(
                                    during(paid), stage, i, "Paid by bank transfer", responder));
                        }
                    }
                    case ACTION_ON_DELAY, DECISION_CHANGED, RECORD_AMENDED, POLICY_CHANGE -> {
                        if (random.nextInt(100) < 70) {
                            LocalDate done = calendar.addWorkingDays(ready, days(2 + random.nextInt(20)));
                            beats.add(new Beat.CompleteRemedy(
                                    during(done), stage, i, "Done, and the resident told", responder));
                        }
                    }
                }
            }
        }

        private void followActions(int stage, Instant respondedAt, List<ActionPlan> actions) {
            LocalDate respondedOn = day(respondedAt);
            for (int i = 0; i < actions.size(); i++) {
                ActionPlan action = actions.get(i);
                Actor owner = actor(action.owner());
                LocalDate last = respondedOn;
                if (random.nextInt(100) < 60) {
                    last = calendar.addWorkingDays(respondedOn, days(2 + random.nextInt(6)));
                    beats.add(new Beat.UpdateAction(
                            during(last),
                            stage,
                            i,
                            Riverside.pick(random, StockPhrases.ACTION_PROGRESS),
                            false,
                            owner));
                }
                if (random.nextInt(100) < 70 && action.dueBy() != null) {
                    LocalDate done =
                            action.dueBy().minusDays(random.nextInt(12)).plusDays(random.nextInt(6));
                    LocalDate on = workingDayFrom(done.isAfter(last) ? done : last.plusDays(1));
                    beats.add(new Beat.UpdateAction(
                            during(on), stage, i, Riverside.pick(random, StockPhrases.ACTION_DONE), true, owner));
                }
            }
        }

        private Actor actor(@Nullable String username) {
            return cast.hana().username().equals(username)
                    ? cast.hana()
                    : cast.tom().username().equals(username) ? cast.tom() : cast.maria();
        }

        // --- Words -----------------------------------------------------------------------------

        private List<Point> points() {
            List<Point> points = new ArrayList<>();
            Definition.PointText logged = plot.loggedAs();
            if (logged != null) {
                points.add(new Point(logged.summary(), logged.outcomeSought(), issueNamed(logged.summary())));
                return points;
            }
            List<Issue> issues = new ArrayList<>(plot.category().issues());
            int roll = random.nextInt(100);
            int count = roll < 40 ? 1 : roll < 82 ? 2 : 3;
            for (int i = 0; i < count && !issues.isEmpty(); i++) {
                Issue issue = issues.remove(random.nextInt(issues.size()));
                points.add(new Point(fill(issue.point()), fill(issue.outcome()), issue));
            }
            return points;
        }

        private @Nullable Issue issueNamed(String summary) {
            for (Issue issue : plot.category().issues()) {
                if (fill(issue.point()).equals(summary)) {
                    return issue;
                }
            }
            return null;
        }

        private Issue otherIssue(List<Point> points) {
            List<Issue> unused = new ArrayList<>(plot.category().issues());
            points.forEach(point -> unused.remove(point.issue()));
            return Riverside.pick(random, unused.isEmpty() ? plot.category().issues() : unused);
        }

        private Definition definition(List<Point> points) {
            List<Definition.PointText> texts = points.stream()
                    .map(point -> new Definition.PointText(point.summary(), point.outcome()))
                    .toList();
            List<Definition.NotResponsible> aspects = plot.category().notResponsible();
            List<Definition.NotResponsible> notOurs = !aspects.isEmpty() && random.nextInt(100) < 25
                    ? List.of(Riverside.pick(random, aspects))
                    : List.of();
            return Definition.numbered(texts, notOurs);
        }

        private String describe(List<Point> points, Plot.@Nullable FromServiceRequest request) {
            StringBuilder text = new StringBuilder();
            String opener = Riverside.pick(random, StockPhrases.OPENERS);
            if (!opener.isEmpty()) {
                text.append(opener).append(' ');
            }
            if (request != null) {
                text.append("I reported ")
                        .append(request.what())
                        .append(" on ")
                        .append(request.requestedOn().format(DAY))
                        .append(" (")
                        .append(request.reference())
                        .append(") and I'm not happy with how it has been dealt with. ");
            }
            for (Point point : points) {
                Issue issue = point.issue();
                text.append(issue == null ? point.summary() + "." : fill(issue.voice()))
                        .append(' ');
            }
            if (random.nextInt(100) < 60) {
                text.append(Riverside.pick(random, plot.category().impacts())).append(' ');
            }
            text.append(Riverside.pick(random, StockPhrases.CLOSERS));
            return text.toString().strip();
        }

        private @Nullable LocalDate issueFirstKnownOn(LocalDate receivedOn) {
            boolean old = plot.has(Twist.DISCRETION) || plot.ground() == RefusalGround.OLDER_THAN_12_MONTHS;
            if (old) {
                return receivedOn.minusDays(400 + random.nextInt(300));
            }
            return random.nextInt(100) < 80 ? receivedOn.minusDays(3 + random.nextInt(120)) : null;
        }

        private String refusalReasons(int stage, RefusalGround ground, @Nullable LocalDate firstKnown, LocalDate on) {
            String words = plot.category().words();
            LocalDate received = day(plot.receivedAt());
            return switch (ground) {
                case OLDER_THAN_12_MONTHS ->
                    "You told us the " + words + " problem began in "
                            + (firstKnown == null ? "an earlier year" : firstKnown.format(MONTH))
                            + ", more than 12 months before you complained on " + received.format(DAY)
                            + ". We considered using our discretion to accept it, but the work was finished in "
                            + received.minusMonths(9 + random.nextInt(3)).format(MONTH)
                            + " and nothing since suggests the problem has come back, so there is no continuing"
                            + " effect for us to put right.";
                case LEGAL_PROCEEDINGS ->
                    (stage == 2 ? "Since our stage 1 response, your" : "Your")
                            + " solicitors have issued a housing disrepair claim against us in Riverside County"
                            + " Court (claim " + "RV" + (10000 + random.nextInt(89999)) + ", issued "
                            + on.minusDays(5 + random.nextInt(40)).format(DAY)
                            + ") that covers the same matters. The court will decide them, so we cannot also"
                            + " consider them as a complaint.";
                case PREVIOUSLY_CONSIDERED ->
                    "We answered a complaint about the same " + words + " matter in our final response of "
                            + received.minusMonths(2 + random.nextInt(8)).format(DAY)
                            + ", and you have not raised anything new. If you are unhappy with that response you"
                            + " can take it to the Housing Ombudsman.";
                case OTHER -> Riverside.pick(random, StockPhrases.OTHER_REFUSALS);
            };
        }

        private RefusalGround requireGround() {
            RefusalGround ground = plot.ground();
            return ground == null ? RefusalGround.OTHER : ground;
        }

        private String fill(String text) {
            return placeholders.fill(text);
        }

        // --- Correspondence --------------------------------------------------------------------

        private void correspondence(Actor handler) {
            int roll = random.nextInt(100);
            int count = roll < 35 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : 3 + random.nextInt(2);
            LocalDate from = day(plot.receivedAt());
            LocalDate to = day(lastStep);
            int span = Math.max(1, calendar.workingDaysBetween(from, to).value());
            boolean represented = plot.resident().representative() != null;
            for (int i = 0; i < count; i++) {
                LocalDate on = calendar.addWorkingDays(from, days(1 + random.nextInt(span)));
                StockPhrases.Letter letter = Riverside.pick(random, StockPhrases.CORRESPONDENCE);
                Party party = letter.party() == Party.RESIDENT && represented && random.nextBoolean()
                        ? Party.REPRESENTATIVE
                        : letter.party();
                beats.add(new Beat.Correspond(
                        during(on),
                        letter.direction(),
                        party,
                        letter.channel(),
                        letter.subject(),
                        fill(letter.body()),
                        handler));
            }
        }

        // --- Time ------------------------------------------------------------------------------

        /** Adds a lifecycle step, which later steps may not come before. */
        private void step(Beat beat) {
            beats.add(beat);
            if (beat.at().isAfter(lastStep)) {
                lastStep = beat.at();
            }
        }

        /** A time in office hours on {@code day}, after the last step if that was the same day. */
        private Instant office(LocalDate day) {
            Instant at = during(day);
            return at.isAfter(lastStep) ? at : lastStep.plusSeconds(600 + random.nextInt(1800));
        }

        /** A time in office hours on {@code day}, for what is kept on the record beside the steps. */
        private Instant during(LocalDate day) {
            return day.atTime(LocalTime.of(8, 40).plusMinutes(random.nextInt(510)))
                    .atZone(WorkingCalendar.LONDON)
                    .toInstant();
        }

        /** A time residents send things themselves, evenings and weekends too. */
        private Instant anyTime(LocalDate day) {
            Instant at = day.atTime(LocalTime.of(7, 0).plusMinutes(random.nextInt(900)))
                    .atZone(WorkingCalendar.LONDON)
                    .toInstant();
            return at.isAfter(lastStep) ? at : lastStep.plusSeconds(600 + random.nextInt(1800));
        }

        /** A working day chosen after {@code after} and by {@code deadline}, early rather than late. */
        private LocalDate soon(LocalDate after, LocalDate deadline) {
            int span = calendar.workingDaysBetween(after, deadline).value();
            if (span < 1) {
                return calendar.addWorkingDays(after, days(1));
            }
            int pick = random.nextInt(100) < 70 ? 1 + random.nextInt(Math.min(span, 3)) : 1 + random.nextInt(span);
            return calendar.addWorkingDays(after, days(pick));
        }

        /** A working day after {@code after} and by {@code deadline}, in the last week or so before it. */
        private LocalDate nearDeadline(LocalDate after, LocalDate deadline) {
            int span = calendar.workingDaysBetween(after, deadline).value();
            if (span < 1) {
                return calendar.addWorkingDays(after, days(1));
            }
            int pick = span - random.nextInt(Math.min(span, 7));
            return calendar.addWorkingDays(after, days(pick));
        }

        private LocalDate workingDayFrom(LocalDate day) {
            LocalDate on = day;
            while (!calendar.isWorkingDay(on)) {
                on = on.plusDays(1);
            }
            return on;
        }

        private static LocalDate day(Instant at) {
            return WorkingCalendar.dayOf(at);
        }

        private static WorkingDays days(int count) {
            return WorkingDays.of(count);
        }

        private static <T> List<T> plus(List<T> list, T item) {
            List<T> more = new ArrayList<>(list);
            more.add(item);
            return more;
        }

        private static List<Boolean> plusFalse(List<Boolean> list) {
            return plus(list, false);
        }
    }
}
