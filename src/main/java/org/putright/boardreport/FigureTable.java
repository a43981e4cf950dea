package org.putright.boardreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.reporting.ReportTable;

/**
 * A table of a board report, every cell as printed; the first cell of each row heads it.
 *
 * @param id stable across reports, so a reader (or a test) finds the same table every time
 */
public record FigureTable(String id, String caption, List<String> columns, List<List<String>> rows) {

    /** How a figure that cannot be worked out (a percentage of nothing) is printed. */
    static final String NONE = "–";

    public FigureTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row of " + id + " has " + row.size() + " cells, not " + columns.size());
            }
        }
    }

    /** A dashboard table as printed, under the id and caption the report gives it. */
    static FigureTable of(ReportTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<@Nullable Object> row : table.rows()) {
            rows.add(row.stream().map(FigureTable::cell).toList());
        }
        return new FigureTable(table.id(), table.title(), table.columns(), rows);
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** A table built row by row. */
    static Builder builder(String id, String caption, String... columns) {
        return new Builder(id, caption, List.of(columns));
    }

    static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> columns;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String id, String caption, List<String> columns) {
            this.id = id;
            this.caption = caption;
            this.columns = columns;
        }

        Builder row(@Nullable Object... cells) {
            List<String> row = new ArrayList<>();
            for (Object cell : cells) {
                row.add(cell(cell));
            }
            rows.add(row);
            return this;
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        FigureTable build() {
            return new FigureTable(id, caption, columns, rows);
        }
    }
}
