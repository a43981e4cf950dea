package org.putright.ombudsman.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A submitted step form: the values as typed, so that a refused form comes back exactly as it was,
 * and the errors found in them in the order of the page, for the GOV.UK error summary. Reading a
 * value checks its shape only; what the Ombudsman's case allows is left to the case itself.
 */
final class StepForm {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private StepForm(Map<String, String> values) {
        this.values = values;
    }

    static StepForm of(Map<String, String> submitted) {
        Map<String, String> values = new HashMap<>();
        submitted.forEach((name, value) -> values.put(name, value.replace("\0", "")));
        return new StepForm(values);
    }

    static StepForm empty() {
        return new StepForm(new HashMap<>());
    }

    StepForm with(String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    // --- For the template --------------------------------------------------------------------

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

    /** The ids a field's hint and error have, for its aria-describedby; null when it has neither. */
    public @Nullable String describedBy(String name, @Nullable String hint) {
        String ids = ((hint == null ? "" : name + "-hint ") + (error(name) == null ? "" : name + "-error")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** Each error with the id of the field it is about, for the error summary's links. */
    public List<Map.Entry<String, String>> errors() {
        return new ArrayList<>(errors.entrySet());
    }

    // --- For the controller ------------------------------------------------------------------

    void reject(String name, String message) {
        errors.putIfAbsent(name, message);
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

    /** A date (yyyy-mm-dd, as a date field sends it) that must be given. */
    @Nullable
    LocalDate date(String name, String missing) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            reject(name, missing);
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

    /** One of an enum's values, or null (with an error) when none was chosen or it is not one of them. */
    <E extends Enum<E>> @Nullable E choice(String name, Class<E> type, String missing) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            reject(name, missing);
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        reject(name, missing);
        return null;
    }

    /** Whether any of the fields was filled in: a blank row of a repeated group is left out. */
    boolean anyGiven(String... names) {
        for (String name : names) {
            if (!value(name).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The case version the form was opened on, if it says. */
    @Nullable
    Long version() {
        try {
            String text = value("version").strip();
            return text.isEmpty() ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
