package org.putright.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Actor;
import org.putright.complaint.RemedyOffer;
import org.putright.complaint.RemedyType;

/**
 * What a response offers to put things right (7.1), and how the offers are then carried out: an
 * amount above the responder's limit waits for the manager's approval first (7.3, 7.4).
 */
final class RemedyOffers {

    private final Draft draft;
    private final Random random;

    RemedyOffers(Draft draft) {
        this.draft = draft;
        this.random = draft.random();
    }

    /**
     * The remedies for the points newly upheld, {@code fresh}: at stage 1 for each upheld point, at
     * stage 2 for what the review changed, with compensation more often than not where the landlord
     * got things wrong.
     */
    List<RemedyOffer> offer(int stage, List<Point> points, List<Boolean> upheld, List<Integer> fresh, LocalDate on) {
        List<RemedyOffer> remedies = new ArrayList<>();
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
                remedies.add(new RemedyOffer(issue.remedy(), draft.fill(issue.remedyText()), null, null));
            }
        }
        DemoCategory category = draft.plot().category();
        boolean costly = category == DemoCategory.REPAIRS || category == DemoCategory.DAMP_AND_MOULD;
        boolean overLimit = stage == 1 && draft.plot().has(Twist.AWAITING_APPROVAL);
        if (overLimit || random.nextInt(100) < (stage == 2 ? 35 : costly ? 70 : 45)) {
            BigDecimal amount =
                    overLimit ? BigDecimal.valueOf(150 + 5 * random.nextInt(50)).setScale(2) : amount();
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

    /** Compensation as landlords' policies scale it: mostly modest, sometimes several hundred pounds. */
    private BigDecimal amount() {
        int roll = random.nextInt(100);
        int pounds = roll < 50
                ? 25 + 5 * random.nextInt(16)
                : roll < 85 ? 105 + 5 * random.nextInt(40) : 305 + 5 * random.nextInt(90);
        return BigDecimal.valueOf(pounds).setScale(2);
    }

    /** Approval above the responder's limit, payment, and the rest of the remedies carried out (7.3, 7.4). */
    void carryOut(int stage, Instant respondedAt, List<RemedyOffer> remedies, Actor responder) {
        Timeline timeline = draft.timeline();
        LocalDate respondedOn = WorkingCalendar.dayOf(respondedAt);
        for (int i = 0; i < remedies.size(); i++) {
            RemedyOffer remedy = remedies.get(i);
            LocalDate ready = respondedOn;
            BigDecimal amount = remedy.amount();
            if (amount != null && !Cast.mayAgree(responder, amount)) {
                boolean waiting = stage == 1 && draft.plot().has(Twist.AWAITING_APPROVAL);
                if (waiting || random.nextInt(100) >= 85) {
                    continue; // Still waiting for the manager.
                }
                ready = timeline.workingDaysAfter(respondedOn, 1 + random.nextInt(6));
                timeline.note(new Beat.ApproveRemedy(
                        timeline.during(ready), stage, i, draft.cast().maria()));
            }
            switch (remedy.type()) {
                case APOLOGY, ACKNOWLEDGEMENT, EXPLANATION ->
                    timeline.note(new Beat.CompleteRemedy(
                            respondedAt.plusSeconds(600), stage, i, "Given in the response letter", responder));
                case FINANCIAL -> {
                    if (random.nextInt(100) < 92) {
                        LocalDate paid = timeline.workingDaysAfter(ready, 2 + random.nextInt(12));
                        timeline.note(new Beat.CompleteRemedy(
                                timeline.during(paid), stage, i, "Paid by bank transfer", responder));
                    }
                }
                case ACTION_ON_DELAY, DECISION_CHANGED, RECORD_AMENDED, POLICY_CHANGE -> {
                    if (random.nextInt(100) < 70) {
                        LocalDate done = timeline.workingDaysAfter(ready, 2 + random.nextInt(20));
                        timeline.note(new Beat.CompleteRemedy(
                                timeline.during(done), stage, i, "Done, and the resident told", responder));
                    }
                }
            }
        }
    }
}
