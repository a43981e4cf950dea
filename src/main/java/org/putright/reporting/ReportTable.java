package org.putright.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report: the figures behind a chart, the rows of an export. Cells are text,
 * whole numbers ({@link Long}), amounts or percentages ({@link java.math.BigDecimal}) or empty
 * (null, e.g. a percentage of nothing).
 */
public record ReportTable(String id, String title, List<String> columns, List<List<@Nullable Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<@Nullable Object>> copied = new ArrayList<>();
        for (List<@Nullable Object> row : rows) {
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<@Nullable Object>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
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
    }
}
