package org.putright.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The details a complaint's texts leave open in braces ({@code {room}}, {@code {weeks}}, {@code
 * {times}}, {@code {month}}, {@code {charge}}), chosen once per complaint so that everything said
 * in it, by the resident and by the landlord, is about the same room, the same weeks and the same
 * charge.
 */
record Placeholders(String room, String weeks, String times, String month, String charge) {

    private static final List<String> ROOMS =
            List.of("bathroom", "kitchen", "back bedroom", "front bedroom", "living room");
    private static final List<String> TIMES = List.of("three", "four", "five", "six");
    private static final List<String> CHARGES = List.of("85", "120", "145", "210", "265");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    /** The details of a complaint received on {@code received}, whose {@code {month}} is a few months before. */
    static Placeholders pick(Random random, LocalDate received) {
        String room = Riverside.pick(random, ROOMS);
        String weeks = String.valueOf(3 + random.nextInt(10));
        String times = Riverside.pick(random, TIMES);
        String month = received.minusMonths(1 + random.nextInt(4)).format(MONTH);
        String charge = Riverside.pick(random, CHARGES);
        return new Placeholders(room, weeks, times, month, charge);
    }

    String fill(String text) {
        return text.replace("{room}", room)
                .replace("{weeks}", weeks)
                .replace("{times}", times)
                .replace("{month}", month)
                .replace("{charge}", charge);
    }
}
