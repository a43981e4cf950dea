package org.putright.demo;

import java.util.Random;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.Timescales;

/**
 * One story while it is being written: its plot, the team and the rules it follows, and the beats
 * so far. Every choice in it comes from {@code random}, seeded from the plot, so the phases that
 * write it must draw from it in the same order every time: that is what makes the same seed give
 * the same demo landlord.
 */
record Draft(
        Plot plot,
        Cast cast,
        WorkingCalendar calendar,
        Timescales timescales,
        Random random,
        Placeholders placeholders,
        Timeline timeline) {

    static Draft begin(Plot plot, Cast cast, WorkingCalendar calendar, Timescales timescales) {
        Random random = new Random(plot.seed());
        Placeholders placeholders = Placeholders.pick(random, WorkingCalendar.dayOf(plot.receivedAt()));
        return new Draft(
                plot,
                cast,
                calendar,
                timescales,
                random,
                placeholders,
                new Timeline(plot.receivedAt(), calendar, random));
    }

    String fill(String text) {
        return placeholders.fill(text);
    }
}
