package org.putright.boardreport;

import static org.putright.boardreport.Figures.day;
import static org.putright.boardreport.Figures.plural;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.putright.learning.Lesson;
import org.putright.learning.LessonStatus;
import org.putright.learning.Lessons;
import org.putright.ombudsman.OmbudsmanCases;
import org.putright.ombudsman.OmbudsmanFigures;
import org.putright.reporting.Dashboard;
import org.putright.reporting.DashboardReport;
import org.putright.reporting.ReportTable;
import org.putright.reporting.ReportingPeriod;
import org.putright.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Works out the quarterly pack for the Member Responsible for Complaints and the governing body
 * from the record, part by part as 9.7 lists what they must receive: (a) volumes, categories,
 * outcomes and performance; (b) issues and trends, against the quarter before; (c) the
 * Ombudsman's findings and progress on orders after severe maladministration; (d) where the
 * annual report stands.
 */
@Component
class QuarterlyPackContents {

    private final Dashboard dashboard;
    private final OmbudsmanCases ombudsman;
    private final Lessons lessons;
    private final BoardReportStore store;
    private final Settings settings;

    QuarterlyPackContents(
            Dashboard dashboard, OmbudsmanCases ombudsman, Lessons lessons, BoardReportStore store, Settings settings) {
        this.dashboard = dashboard;
        this.ombudsman = ombudsman;
        this.lessons = lessons;
        this.store = store;
        this.settings = settings;
    }

    static String title(Quarter quarter) {
        return "Complaints report to the governing body, " + quarter.describe();
    }

    BoardReport of(Quarter quarter, LocalDate today) {
        DashboardReport now = dashboard.report(new ReportingPeriod(quarter.from(), quarter.to()));
        DashboardReport before = dashboard.report(new ReportingPeriod(
                quarter.previous().from(), quarter.previous().to()));
        return new BoardReport(
                settings.current().name() + ": " + title(quarter),
                quarter.from(),
                quarter.to(),
                today,
                List.of(
                        volumesAndPerformance(now),
                        issuesAndTrends(quarter, now, before, today),
                        ombudsman(quarter),
                        annualReport(quarter)));
    }

    private static BoardReport.Part volumesAndPerformance(DashboardReport now) {
        List<FigureTable> tables = new ArrayList<>(Figures.tables(
                now,
                "volumes-by-stage",
                "volumes-by-category",
                "volumes-by-channel",
                "outcomes",
                "timeliness",
                "refusals-by-ground",
                "remedies",
                "open-cases"));
        if (now.homes() != null) {
            tables.addAll(Figures.tables(now, "per-thousand-homes"));
        }
        List<String> paragraphs = new ArrayList<>(Performance.statements(now));
        paragraphs.add(Performance.refusals(now));
        return new BoardReport.Part(
                "9.7a", "Volumes, categories and outcomes, and complaint handling performance", paragraphs, tables);
    }

    private BoardReport.Part issuesAndTrends(
            Quarter quarter, DashboardReport now, DashboardReport before, LocalDate today) {
        List<String> paragraphs = new ArrayList<>();
        List<FigureTable> tables = new ArrayList<>();
        tables.add(categoriesCompared(now, before));
        tables.addAll(Figures.tables(now, "monthly-trends"));
        List<Lesson> made = AnnualReportContents.madeBetween(lessons, quarter.from(), quarter.to());
        paragraphs.add(made.size() + " service " + plural(made.size(), "improvement was", "improvements were")
                + " made in the quarter from learning from complaints.");
        if (!made.isEmpty()) {
            tables.add(AnnualReportContents.improvementsTable("improvements-made", made));
        }
        List<Lesson> underWay = new ArrayList<>(lessons.list(LessonStatus.PROPOSED));
        underWay.addAll(lessons.list(LessonStatus.IN_PROGRESS));
        paragraphs.add(underWay.size() + " " + plural(underWay.size(), "lesson is", "lessons are")
                + " still being acted on, as at " + day(today) + ".");
        if (!underWay.isEmpty()) {
            FigureTable.Builder table = FigureTable.builder(
                    "lessons-under-way", "Lessons still being acted on", "Lesson", "Status", "Owner", "Category");
            underWay.forEach(lesson -> table.row(
                    lesson.lesson(),
                    Figures.words(lesson.status().name()),
                    lesson.owner(),
                    lesson.category() == null ? "" : lesson.category()));
            tables.add(table.build());
        }
        long overdue = now.table("overdue-follow-ups").map(t -> t.rows().size()).orElse(0);
        paragraphs.add(overdue + " "
                + plural(
                        overdue,
                        "remedy or action promised in a response is",
                        "remedies and" + " actions promised in responses are")
                + " overdue, as at " + day(today) + ".");
        return new BoardReport.Part("9.7b", "Issues and trends", paragraphs, tables);
    }

    /** Complaints received by category this quarter and the one before: where issues are growing. */
    private static FigureTable categoriesCompared(DashboardReport now, DashboardReport before) {
        Map<String, long[]> counts = new TreeMap<>();
        add(counts, now, 0);
        add(counts, before, 1);
        FigureTable.Builder table = FigureTable.builder(
                "categories-compared",
                "Complaints received by category, against the quarter before",
                "Category",
                "This quarter",
                "Quarter before",
                "Change");
        counts.forEach((category, values) -> table.row(category, values[0], values[1], change(values[0] - values[1])));
        return table.build();
    }

    private static void add(Map<String, long[]> counts, DashboardReport report, int column) {
        ReportTable categories = report.table("volumes-by-category").orElseThrow();
        for (List<@Nullable Object> row : categories.rows()) {
            long received = row.get(1) instanceof Long value ? value : 0;
            counts.computeIfAbsent(String.valueOf(row.get(0)), key -> new long[2])[column] += received;
        }
    }

    private static String change(long difference) {
        return difference > 0 ? "+" + difference : String.valueOf(difference);
    }

    private BoardReport.Part ombudsman(Quarter quarter) {
        OmbudsmanFigures figures = ombudsman.figures(quarter.from(), quarter.to());
        OmbudsmanFigures.OrderFigures severe = figures.severeMaladministrationOrders();
        return new BoardReport.Part(
                "9.7c",
                "Outcomes of the Ombudsman's investigations and progress on its orders",
                List.of(
                        Figures.ombudsmanSummary(figures),
                        "Orders after findings of severe maladministration: " + severe.made() + " made, "
                                + severe.complied() + " complied with and " + severe.overdue() + " overdue."),
                List.of(Figures.ombudsmanFindings(figures), Figures.ombudsmanOrders(figures)));
    }

    private BoardReport.Part annualReport(Quarter quarter) {
        ReportingYear year = quarter.reportingYear().previous();
        AnnualReport report = store.find(year).orElse(AnnualReport.draft(year));
        GoverningBodyResponse response = report.response();
        String status;
        if (response == null) {
            status = "The annual complaints performance and service improvement report for " + year
                    + " awaits the governing body's response.";
        } else {
            status = "The governing body responded to the annual complaints performance and service improvement"
                    + " report for " + year + " on " + day(response.respondedOn()) + " (minute "
                    + response.minuteReference() + ")"
                    + (report.published() ? " and it is published on the reports page." : "; it is not yet published.");
        }
        return new BoardReport.Part(
                "9.7d", "Annual complaints performance and service improvement report", List.of(status), List.of());
    }
}
