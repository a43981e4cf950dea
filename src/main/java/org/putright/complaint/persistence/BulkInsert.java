package org.putright.complaint.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows into one table at once. On PostgreSQL it streams them with {@code COPY ...
 * FROM STDIN}, the database's own bulk path, several times faster than inserts; elsewhere (H2) it
 * sends multi-row {@code insert ... values (...), (...)} statements, a few hundred rows each, with
 * bound parameters below PostgreSQL's limit of 32,767 had they been sent there.
 */
final class BulkInsert {

    private static final int MAX_PARAMETERS = 30_000;
    private static final int MAX_ROWS = 1_000;

    private final String table;
    private final List<String> columns;
    private final List<@Nullable Object[]> rows = new ArrayList<>();
    private @Nullable String copyText;

    BulkInsert(String table, String columns) {
        this.table = table;
        this.columns = List.of(columns.split("\\s*,\\s*"));
    }

    /** Adds a row: one value per column, in the columns' order; null for SQL NULL. */
    void add(@Nullable Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + " takes " + columns.size() + " values, not " + values.length);
        }
        rows.add(values);
    }

    /**
     * Renders the rows in COPY's text format now, so that {@link #execute} on PostgreSQL only sends
     * them: the work can then be done on another thread than the writing.
     */
    void renderForCopy() {
        copyText = copyText();
    }

    void execute(JdbcTemplate jdbc) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class));
            } else {
                insert(connection);
            }
            return null;
        });
        rows.clear();
        copyText = null;
    }

    private void copy(PGConnection connection) throws SQLException {
        String text = copyText != null ? copyText : copyText();
        try {
            connection
                    .getCopyAPI()
                    .copyIn(
                            "copy " + table + " (" + String.join(", ", columns) + ") from stdin",
                            new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String copyText() {
        StringBuilder text = new StringBuilder(rows.size() * 64 * columns.size());
        for (@Nullable Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendCopyValue(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** A value in COPY's text format: backslash escapes, \N for null, times with their offset. */
    private static void appendCopyValue(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String plain =
                switch (value) {
                    case Timestamp at -> at.toInstant().toString();
                    case Date day -> day.toLocalDate().toString();
                    case BigDecimal amount -> amount.toPlainString();
                    default -> value.toString();
                };
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private void insert(Connection connection) throws SQLException {
        int perStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / columns.size()));
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<@Nullable Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()))) {
                bind(statement, chunk);
                statement.executeUpdate();
            }
        }
    }

    private String sql(int rowCount) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "insert into " + table + " (" + String.join(", ", columns) + ") values "
                + String.join(", ", Collections.nCopies(rowCount, row));
    }

    private static void bind(PreparedStatement statement, List<@Nullable Object[]> chunk) throws SQLException {
        int index = 1;
        for (@Nullable Object[] row : chunk) {
            for (Object value : row) {
                if (value == null) {
                    statement.setNull(index++, Types.NULL);
                } else {
                    statement.setObject(index++, value);
                }
            }
        }
    }
}
