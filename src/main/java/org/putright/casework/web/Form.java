package org.putright.casework.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;

/**
 * A submitted form: the values as typed, so a refused form is shown again exactly as it was, and
 * the errors found in them, in the order of the page, for the GOV.UK error summary. Reading a value
 * checks it; what the Code decides is left to the complaint itself.
 */
final class Form {

    static final int LINE = 500;
    static final int TEXT = 10_000;

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private Form(Map<String, String> values) {
        this.values = values;
    }

    static Form of(Map<String, String> submitted) {
        Map<String, String> values = new HashMap<>();
        submitted.forEach((name, value) -> values.put(name, value.replace("\0", "")));
        return new Form(values);
    }

    static Form empty() {
        return new Form(new HashMap<>());
    }

    Form with(String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    // --- For the templates -------------------------------------------------------------------

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, String expected) {
        return expected.equals(values.get(name));
    }

    public @Nullable String error(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Each error with the id of the field it is about, for the error summary's links. */
    public List<Map.Entry<String, String>> errors() {
        return new ArrayList<>(errors.entrySet());
    }

    // --- For the controllers -----------------------------------------------------------------

    void reject(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    boolean given(String name) {
        return !value(name).isBlank();
    }

    /** Trimmed text, or null when left blank; too long is an error. */
    @Nullable
    String optional(String name, int max) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            reject(name, "Enter no more than " + max + " characters");
            return null;
        }
        return text;
    }

    /** Trimmed text that must be given; {@code missing} tells the person what to enter. */
    String required(String name, int max, String missing) {
        String text = optional(name, max);
        if (text == null) {
            reject(name, missing);
            return "";
        }
        return text;
    }

    /** A whole number within bounds; null (with an error) when it is not one. */
    @Nullable
    Integer number(String name, int min, int max, String missing) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            reject(name, missing);
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number < min || number > max) {
                reject(name, "Enter a number from " + min + " to " + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            reject(name, "Enter a whole number, like 10");
            return null;
        }
    }

    /** One of an enum's constants chosen on the form; null with an error when none or another. */
    <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
        String value = value(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        reject(name, value.isEmpty() ? "Choose one of the options" : "Choose one of the options shown");
        return null;
    }

    /** An amount of money in pounds, like 75 or 75.50; null when blank. */
    @Nullable
    BigDecimal money(String name) {
        String text = value(name).strip().replace("£", "").replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,8}(\\.\\d{1,2})?")) {
            reject(name, "Enter an amount in pounds, like 75 or 75.50");
            return null;
        }
        return new BigDecimal(text);
    }

    /** A date (yyyy-mm-dd, as a date field sends it); null when blank. */
    @Nullable
    LocalDate date(String name) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                reject(name, "Enter a real date");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            reject(name, "Enter a real date, like 2026-11-23");
            return null;
        }
    }

    /**
     * When a step happened: now when left blank or today; otherwise midday, London time, on the day
     * given, so that a step recorded late keeps its real day, which is what the Code's deadlines
     * count.
     */
    Instant when(String name, Instant now) {
        LocalDate day = date(name);
        if (day == null || day.equals(WorkingCalendar.dayOf(now))) {
            return now;
        }
        return day.atTime(LocalTime.NOON).atZone(WorkingCalendar.LONDON).toInstant();
    }

    /** The complaint version the form was opened on, if it says. */
    @Nullable
    Long version() {
        try {
            return given("version") ? Long.parseLong(value("version").strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
