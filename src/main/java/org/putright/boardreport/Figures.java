package org.putright.boardreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.putright.ombudsman.OmbudsmanFigures;
import org.putright.ombudsman.OmbudsmanFinding;
import org.putright.reporting.DashboardReport;
import org.putright.reporting.ReportTable;

/** Figures as both reports print them: dates, percentages, words, and the tables they share. */
final class Figures {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Figures() {}

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** An enum name as words: PARTLY_UPHELD becomes "Partly upheld". */
    static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** {@code part} as a percentage of {@code whole}, one decimal place, half-up; null of nothing. */
    static @Nullable BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The dashboard's tables with these ids, in this order, as printed. */
    static List<FigureTable> tables(DashboardReport dashboard, String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> dashboard.table(id).orElseThrow(() -> new IllegalStateException("No dashboard table " + id)))
                .map(FigureTable::of)
                .toList();
    }

    /** A whole-number cell of a dashboard table. */
    static long count(DashboardReport dashboard, String table, int row, int column) {
        ReportTable found =
                dashboard.table(table).orElseThrow(() -> new IllegalStateException("No dashboard table " + table));
        Object cell = found.rows().get(row).get(column);
        return cell instanceof Long value ? value : 0;
    }

    /** The Ombudsman's findings on complaint elements, by finding (8.1c, 9.7c). */
    static FigureTable ombudsmanFindings(OmbudsmanFigures figures) {
        FigureTable.Builder table = FigureTable.builder(
                "ombudsman-findings", "The Ombudsman's findings on complaint elements", "Finding", "Elements");
        for (OmbudsmanFinding finding : OmbudsmanFinding.values()) {
            table.row(words(finding.name()), figures.findings().getOrDefault(finding, 0L));
        }
        return table.build();
    }

    /** Orders, recommendations and failure orders made, complied with and overdue (8.1c, 9.7c). */
    static FigureTable ombudsmanOrders(OmbudsmanFigures figures) {
        FigureTable.Builder table = FigureTable.builder(
                "ombudsman-orders",
                "The Ombudsman's orders and compliance with them, overdue as at " + day(figures.asAt()),
                "Kind",
                "Made",
                "Complied with",
                "Overdue");
        order(table, "Orders", figures.orders());
        order(table, "Orders after severe maladministration", figures.severeMaladministrationOrders());
        order(table, "Complaint handling failure orders", figures.complaintHandlingFailureOrders());
        order(table, "Recommendations", figures.recommendations());
        return table.build();
    }

    private static void order(FigureTable.Builder table, String kind, OmbudsmanFigures.OrderFigures figures) {
        table.row(kind, figures.made(), figures.complied(), figures.overdue());
    }

    /** The Ombudsman's referrals and determinations in words. */
    static String ombudsmanSummary(OmbudsmanFigures figures) {
        long adverse = figures.findings().entrySet().stream()
                .filter(entry -> entry.getKey().isAdverse())
                .mapToLong(java.util.Map.Entry::getValue)
                .sum();
        return figures.referrals() + " " + plural(figures.referrals(), "complaint was", "complaints were")
                + " referred to the Housing Ombudsman and it made " + figures.determinations() + " "
                + plural(figures.determinations(), "determination", "determinations") + ", finding service failure,"
                + " maladministration or severe maladministration on " + adverse + " "
                + plural(adverse, "element", "elements") + ". It issued "
                + figures.complaintHandlingFailureOrders().made() + " complaint handling failure "
                + plural(figures.complaintHandlingFailureOrders().made(), "order", "orders")
                + ", its finding that the landlord did not follow the Code.";
    }

    static String plural(long count, String one, String many) {
        return count == 1 ? one : many;
    }
}
