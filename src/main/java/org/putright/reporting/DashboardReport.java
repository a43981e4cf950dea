package org.putright.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard for a period: every table, the two month-by-month charts drawn from them, and the
 * homes count when the landlord's settings hold one for the period.
 */
public record DashboardReport(
        LocalDate from, LocalDate to, @Nullable Integer homes, List<ReportTable> tables, List<BarChart> charts) {

    public Optional<ReportTable> table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }
}
