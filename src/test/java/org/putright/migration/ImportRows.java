package org.putright.migration;

import java.util.HashMap;
import java.util.Map;

/** Rows of an import file for tests: every column of the layout, most of them left empty. */
final class ImportRows {

    static final String HEADER = String.join(",", ImportLayout.COLUMNS);

    private ImportRows() {}

    /** A whole file: the header and {@code rows}. */
    static String file(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    /**
     * A row with the resident (tenancy {@code T-<key>}) and description filled in, and {@code more}
     * columns by name, which may name another resident.
     */
    static String row(String key, String receivedAt, String channel, Map<String, String> more) {
        Map<String, String> values = new HashMap<>();
        values.put("legacy_reference", key);
        values.put("resident_reference", "T-" + key);
        values.put("resident_name", "Mary Seacole");
        values.put("resident_email", "mary@example.org");
        values.put("received_at", receivedAt);
        values.put("channel", channel);
        values.put("description", "The damp in the bedroom is back, again.");
        values.putAll(more);
        return String.join(
                ",",
                ImportLayout.COLUMNS.stream()
                        .map(column -> quoted(values.getOrDefault(column, "")))
                        .toList());
    }

    private static String quoted(String value) {
        return value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
