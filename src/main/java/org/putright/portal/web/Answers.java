package org.putright.portal.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.portal.OnlineComplaint;
import org.putright.portal.OnlineComplaint.OnlineRepresentative;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;

/**
 * The answers given so far on the complaint form, kept in the server-side session between pages,
 * so the form needs no JavaScript and nothing typed is lost going back and forth.
 */
final class Answers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = "putright.portal.answers";

    private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

    String get(String field) {
        return values.getOrDefault(field, "");
    }

    boolean has(String field) {
        return !get(field).isBlank();
    }

    void put(String field, @Nullable String value) {
        values.put(field, value == null ? "" : value.strip());
    }

    Map<String, String> all() {
        return values;
    }

    boolean forSomeoneElse() {
        return "SOMEONE_ELSE".equals(get("who"));
    }

    /** The day given on the "when" page, null when none was given or it is not a date. */
    @Nullable
    LocalDate firstKnownOn() {
        if (!has("day") && !has("month") && !has("year")) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(get("year")), Integer.parseInt(get("month")), Integer.parseInt(get("day")));
        } catch (NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }

    OnlineComplaint complaint() {
        OnlineRepresentative representative = forSomeoneElse()
                ? new OnlineRepresentative(
                        get("repName"),
                        get("repRelationship"),
                        get("repAuthority"),
                        orNull("repEmail"),
                        orNull("repPhone"))
                : null;
        CommunicationFormat format = CommunicationFormat.valueOf(get("format"));
        return new OnlineComplaint(
                representative,
                get("name"),
                orNull("email"),
                orNull("phone"),
                orNull("address"),
                orNull("tenancyReference"),
                get("whatHappened"),
                firstKnownOn(),
                get("outcome"),
                ContactChannel.valueOf(get("contactBy")),
                format,
                format == CommunicationFormat.TRANSLATION ? orNull("formatLanguage") : null,
                get("adjustments"));
    }

    private @Nullable String orNull(String field) {
        return has(field) ? get(field) : null;
    }
}
