package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.putright.complaint.Actor;

/**
 * Extensions of a stage's response deadline, told to the resident shortly before it passes (6.4,
 * 6.15): mostly none, now and then one, and for the plot's twists two within the cap or more than
 * the cap with a good reason. After the first, the resident is sometimes promised regular updates
 * while they wait (5.9).
 */
final class Extensions {

    private final Draft draft;
    private final Random random;
    private final Timeline timeline;

    Extensions(Draft draft) {
        this.draft = draft;
        this.random = draft.random();
        this.timeline = draft.timeline();
    }

    /**
     * The response deadline after any extensions, and the day of the last thing done before the
     * response.
     */
    record Extended(LocalDate respondBy, LocalDate last) {}

    /** Extends the {@code stage} response due by {@code respondBy}, after {@code last}, the day of the latest step. */
    Extended extend(int stage, LocalDate last, LocalDate respondBy, Actor handler) {
        List<Integer> lengths = lengths(stage);
        int cap = cap(stage);
        LocalDate due = respondBy;
        LocalDate notifiedOn = last;
        int total = 0;
        for (int i = 0; i < lengths.size(); i++) {
            int length = Math.max(1, lengths.get(i));
            int span = draft.calendar().workingDaysBetween(notifiedOn, due).value();
            if (span < 1) {
                break; // Nothing left to extend on time.
            }
            int earliest = i == 0 ? Math.max(1, span - 3) : Math.max(1, span - 2);
            notifiedOn = timeline.workingDaysAfter(notifiedOn, earliest + random.nextInt(span - earliest + 1));
            total += length;
            Instant at = timeline.office(notifiedOn);
            String goodReason = total > cap ? StockPhrases.GOOD_REASON : null;
            timeline.step(new Beat.Extend(
                    at,
                    length,
                    Riverside.pick(random, stage == 1 ? StockPhrases.EXTENSIONS : StockPhrases.STAGE_TWO_EXTENSIONS),
                    goodReason,
                    handler));
            due = timeline.workingDaysAfter(due, length);
            timeline.due(at, stage, due);
            if (i == 0 && random.nextBoolean()) {
                timeline.step(new Beat.AgreeUpdates(
                        at.plusSeconds(420), 5, "A phone call every Friday with an update", handler));
            }
        }
        return new Extended(due, notifiedOn.isAfter(last) ? notifiedOn : last);
    }

    /** The working days of each extension the stage will have, if there is still time to give them. */
    private List<Integer> lengths(int stage) {
        int cap = cap(stage);
        List<Integer> lengths = new ArrayList<>();
        if (stage == 1 && draft.plot().has(Twist.EXTENDED_BEYOND_CAP)) {
            lengths.add(cap);
            lengths.add(Math.max(1, cap / 2));
        } else if (stage == 1 && draft.plot().has(Twist.EXTENDED_TWICE)) {
            lengths.add(Math.max(1, cap / 2));
            lengths.add(Math.max(1, cap / 2));
        } else if (!draft.plot().has(Twist.NOT_EXTENDED) && random.nextInt(100) < (stage == 1 ? 12 : 10)) {
            lengths.add(stage == 1 ? (random.nextBoolean() ? cap / 2 : cap) : cap / 2 + random.nextInt(cap / 2 + 1));
        }
        return lengths;
    }

    private int cap(int stage) {
        return draft.timescales().stage(stage).extensionCap().workingDays();
    }
}
