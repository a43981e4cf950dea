package org.putright.demo;

import java.time.LocalDate;
import java.util.Random;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Actor;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Party;

/**
 * The calls, emails and letters kept on a demo complaint's record beside its steps (5.12): none for
 * many complaints, a few for some, on working days while the complaint is open.
 */
final class Correspondence {

    private final Draft draft;
    private final Random random;

    Correspondence(Draft draft) {
        this.draft = draft;
        this.random = draft.random();
    }

    /** Writes the correspondence, which falls between receipt and the last step written. */
    void write(Actor handler) {
        Plot plot = draft.plot();
        Timeline timeline = draft.timeline();
        int roll = random.nextInt(100);
        int count = roll < 35 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : 3 + random.nextInt(2);
        LocalDate from = WorkingCalendar.dayOf(plot.receivedAt());
        LocalDate to = WorkingCalendar.dayOf(timeline.lastStep());
        int span = Math.max(1, draft.calendar().workingDaysBetween(from, to).value());
        boolean represented = plot.resident().representative() != null;
        for (int i = 0; i < count; i++) {
            LocalDate on = timeline.workingDaysAfter(from, 1 + random.nextInt(span));
            StockPhrases.Letter letter = Riverside.pick(random, StockPhrases.CORRESPONDENCE);
            Party party = letter.party() == Party.RESIDENT && represented && random.nextBoolean()
                    ? Party.REPRESENTATIVE
                    : letter.party();
            timeline.note(new Beat.Correspond(
                    timeline.during(on),
                    letter.direction(),
                    party,
                    letter.channel(),
                    letter.subject(),
                    draft.fill(letter.body()),
                    handler));
        }
    }
}
