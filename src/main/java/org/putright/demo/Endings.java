package org.putright.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.putright.complaint.Actor;

/** The steps that end a demo complaint without a further response: withdrawal and closure. */
final class Endings {

    private final Timeline timeline;
    private final Random random;

    Endings(Draft draft) {
        this.timeline = draft.timeline();
        this.random = draft.random();
    }

    /** The resident withdraws between {@code soonest} and {@code latest} working days after {@code after}. */
    void withdraw(LocalDate after, int soonest, int latest, List<String> notes, Actor handler) {
        LocalDate on = timeline.workingDaysAfter(after, soonest + random.nextInt(latest - soonest + 1));
        timeline.step(new Beat.Withdraw(timeline.office(on), Riverside.pick(random, notes), handler));
    }

    /** Closes the complaint a few days after {@code after}, once its response is given; returns the day. */
    LocalDate close(LocalDate after, Actor handler) {
        LocalDate on = timeline.workingDayFrom(after.plusDays(2 + random.nextInt(9)));
        timeline.step(new Beat.Close(timeline.office(on), Riverside.pick(random, StockPhrases.CLOSURES), handler));
        return on;
    }
}
