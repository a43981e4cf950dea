package org.putright.calendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the format of https://www.gov.uk/bank-holidays.json. An administrator may upload a newer
 * copy at run time, so every part is checked and the first problem is reported with where it is,
 * rather than letting a damaged file quietly remove bank holidays from deadlines.
 */
final class GovUkBankHolidaysReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Whoever opened the upload closes it.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GovUkBankHolidaysReader() {}

    static Map<Division, List<NonWorkingDay>> read(InputStream json) {
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw malformed("expected a JSON object with one entry per division");
        }
        Map<Division, List<NonWorkingDay>> byDivision = new EnumMap<>(Division.class);
        for (Division division : Division.values()) {
            byDivision.put(division, division(root, division));
        }
        return byDivision;
    }

    private static JsonNode parse(InputStream json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedBankHolidays(PREFIX + "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<NonWorkingDay> division(JsonNode root, Division division) {
        String key = division.govUkKey();
        JsonNode node = root.get(key);
        if (node == null) {
            throw malformed("division '" + key + "' is missing");
        }
        if (!node.isObject()) {
            throw malformed("division '" + key + "' is not an object");
        }
        JsonNode named = node.get("division");
        if (named != null && !(named.isString() && named.stringValue().equals(key))) {
            throw malformed("the entry for '" + key + "' names another division: " + named);
        }
        JsonNode events = node.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw malformed("division '" + key + "' has no list of events");
        }
        List<NonWorkingDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            NonWorkingDay day = event(events.get(i), key + " event " + (i + 1));
            if (!seen.add(day.date())) {
                throw malformed(key + " lists " + day.date() + " twice");
            }
            days.add(day);
        }
        return days;
    }

    private static NonWorkingDay event(JsonNode event, String where) {
        if (!event.isObject()) {
            throw malformed(where + " is not an object");
        }
        String title = text(event, "title", where);
        String date = text(event, "date", where);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new MalformedBankHolidays(
                    PREFIX + where + " has date '" + date + "', which is not a date in the form YYYY-MM-DD", e);
        }
        if (title.isBlank()) {
            throw malformed(where + " (" + day + ") has an empty title");
        }
        // GOV.UK marks substitute days only in the notes; keep that in the name shown to users.
        JsonNode notes = event.get("notes");
        String name = notes != null && notes.isString() && !notes.stringValue().isBlank()
                ? title + " (" + notes.stringValue().strip() + ")"
                : title;
        return NonWorkingDay.bankHoliday(day, name);
    }

    private static String text(JsonNode event, String field, String where) {
        JsonNode value = event.get(field);
        if (value == null || !value.isString()) {
            throw malformed(where + " has no '" + field + "' text");
        }
        return value.stringValue();
    }

    private static final String PREFIX = "Not a usable GOV.UK bank holidays file: ";

    private static MalformedBankHolidays malformed(String problem) {
        return new MalformedBankHolidays(PREFIX + problem);
    }
}
