package org.putright.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report: the figures behind a chart, the rows of an export. Cells are text,
 * whole numbers ({@link Long}), amounts or percentages ({@link java.math.BigDecimal}) or empty
 * (null, e.g. a percentage of nothing). {@code total} is how many rows the table has in all: more
 * than {@code rows} when the table is a list shown a page at a time (overdue follow-ups), so that
 * a reader is never left to think the first page is everything.
 */
public record ReportTable(
        String id, String title, List<String> columns, List<List<@Nullable Object>> rows, long total) {

    public ReportTable(String id, String title, List<String> columns, List<List<@Nullable Object>> rows) {
        this(id, title, columns, rows, rows.size());
    }

    public ReportTable {
        if (total < rows.size()) {
            throw new IllegalArgumentException("A table of " + rows.size() + " rows cannot have " + total + " in all");
        }
        columns = List.copyOf(columns);
        List<List<@Nullable Object>> copied = new ArrayList<>();
        for (List<@Nullable Object> row : rows) {
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<@Nullable Object>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
    }

    /** Whether rows beyond those here exist, to be paged through or exported. */
    public boolean isPartial() {
        return total > rows.size();
    }

    /** Builds a table row by row. */
    static Builder builder(String id, String title, String... columns) {
        return new Builder(id, title, Arrays.asList(columns));
    }

    static final class Builder {
        private final String id;
        private final String title;
        private final List<String> columns;
        private final List<List<@Nullable Object>> rows = new ArrayList<>();

        private Builder(String id, String title, List<String> columns) {
            this.id = id;
            this.title = title;
            this.columns = columns;
        }

        Builder row(@Nullable Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("A row of " + id + " has " + columns.size() + " cells");
            }
            rows.add(Arrays.asList(cells));
            return this;
        }

        ReportTable build() {
            return new ReportTable(id, title, columns, rows);
        }

        /** The table as one page of a longer list of {@code total} rows. */
        ReportTable buildPage(long total) {
            return new ReportTable(id, title, columns, rows, total);
        }

        List<String> columns() {
            return columns;
        }
    }
}
