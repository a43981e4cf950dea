package org.putright.migration;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records (RFC 4180: comma separated, fields optionally in double quotes, a quote inside
 * a quoted field doubled, line breaks inside quoted fields kept) one at a time, each with the line
 * of the file it starts on, so that a bad row can be named by the line a spreadsheet shows.
 */
final class CsvRecords implements AutoCloseable {

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean started;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** One record: its fields and the line it starts on. */
    record CsvRecord(int line, List<String> fields) {}

    /** The next record, or null at the end of the file. A record that never closes its quote is malformed. */
    @Nullable
    CsvRecord next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        // Blank lines between records carry nothing.
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsv(startLine, "a quoted field opened on line " + startLine + " never closes");
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else if (c == '\r') {
                int following = read();
                if (following != '\n') {
                    unread(following);
                }
                line++;
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file is not CSV from {@code line} on: nothing after it can be read reliably. */
    static final class MalformedCsv extends IOException {
        private final int line;

        MalformedCsv(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
