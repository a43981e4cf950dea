package org.putright.system.document;

/**
 * One field of a CSV file (RFC 4180): quoted when it must be, and never run as a formula by a
 * spreadsheet, since the text may come from residents or an imported file (CSV injection).
 */
public final class CsvField {

    private CsvField() {}

    public static String of(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
