package org.putright.boardreport;

import static org.putright.boardreport.Figures.day;
import static org.putright.boardreport.Figures.plural;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactFilter.Basis;
import org.putright.complaint.StageFactQueries;
import org.putright.complaint.StageGrouping;
import org.putright.complaint.StageTally;
import org.putright.learning.Lesson;
import org.putright.learning.LessonStatus;
import org.putright.learning.Lessons;
import org.putright.ombudsman.OmbudsmanCases;
import org.putright.ombudsman.OmbudsmanFigures;
import org.putright.reporting.Dashboard;
import org.putright.reporting.DashboardReport;
import org.putright.reporting.ReportingPeriod;
import org.putright.reporting.TenantSatisfactionMeasures;
import org.putright.reporting.TsmReport;
import org.putright.selfassessment.Approval;
import org.putright.selfassessment.Assessment;
import org.putright.selfassessment.Assessments;
import org.putright.selfassessment.ComplianceSummary;
import org.putright.selfassessment.ProvisionAssessment;
import org.putright.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Works out the annual complaints performance and service improvement report of a year from the
 * record, part by part as 8.1 lists them: (a) the approved self-assessment; (b) the figures of
 * complaint handling, with the types of complaints refused and the complaints team's commentary;
 * (c) the Ombudsman's findings of non-compliance; (d) the service improvements made; (e) and (f)
 * the Ombudsman's reports about the landlord.
 */
@Component
class AnnualReportContents {

    private final Dashboard dashboard;
    private final TenantSatisfactionMeasures measures;
    private final StageFactQueries facts;
    private final Assessments assessments;
    private final OmbudsmanCases ombudsman;
    private final Lessons lessons;
    private final BoardReportStore store;
    private final Settings settings;

    AnnualReportContents(
            Dashboard dashboard,
            TenantSatisfactionMeasures measures,
            StageFactQueries facts,
            Assessments assessments,
            OmbudsmanCases ombudsman,
            Lessons lessons,
            BoardReportStore store,
            Settings settings) {
        this.dashboard = dashboard;
        this.measures = measures;
        this.facts = facts;
        this.assessments = assessments;
        this.ombudsman = ombudsman;
        this.lessons = lessons;
        this.store = store;
        this.settings = settings;
    }

    static String title(ReportingYear year) {
        return "Annual complaints performance and service improvement report " + year;
    }

    BoardReport of(ReportingYear year, @Nullable String commentary, LocalDate today) {
        ReportingPeriod period = new ReportingPeriod(year.from(), year.to());
        DashboardReport figures = dashboard.report(period);
        return new BoardReport(
                settings.current().name() + ": " + title(year),
                year.from(),
                year.to(),
                today,
                List.of(
                        selfAssessment(year),
                        performance(period, figures, commentary),
                        ombudsmanFindings(year),
                        improvements(year),
                        ombudsmanReports(year, OmbudsmanReportKind.ANNUAL_PERFORMANCE),
                        ombudsmanReports(year, OmbudsmanReportKind.OTHER)));
    }

    // ---------------------------------------------------------------- 8.1a

    private BoardReport.Part selfAssessment(ReportingYear year) {
        Optional<Assessment> approved = assessments.all().stream()
                .filter(assessment -> assessment.approval() != null)
                .filter(assessment -> !assessment.period().end().isBefore(year.from())
                        && !assessment.period().start().isAfter(year.to()))
                .max(Comparator.comparing((Assessment assessment) ->
                        java.util.Objects.requireNonNull(assessment.approval()).approvedOn()));
        if (approved.isEmpty()) {
            return new BoardReport.Part(
                    "8.1a",
                    "Self-assessment against the Code",
                    List.of("No self-assessment covering " + year
                            + " has been approved by the governing body yet; the report is to include it."),
                    List.of());
        }
        Assessment assessment = approved.get();
        Approval approval = java.util.Objects.requireNonNull(assessment.approval());
        ComplianceSummary summary = assessments.summary(assessment);
        FigureTable.Builder bySection = FigureTable.builder(
                "self-assessment-summary",
                "Provisions complied with, by section",
                "Section",
                "Provisions",
                "Compliant",
                "Partly",
                "Non-compliant",
                "Not applicable",
                "Compliant %");
        for (ComplianceSummary.Line line : summary.sections()) {
            summaryRow(bySection, line);
        }
        summaryRow(bySection, summary.overall());
        FigureTable.Builder actions = FigureTable.builder(
                "self-assessment-actions",
                "Provisions not fully complied with, and what will be done",
                "Provision",
                "Comply",
                "Action",
                "To comply by");
        for (ProvisionAssessment row : assessment.provisions()) {
            var answer = row.answer();
            if (answer.comply() != null && answer.comply().needsAction()) {
                actions.row(
                        row.number().toString(),
                        answer.comply().label(),
                        answer.action() == null ? "" : answer.action(),
                        answer.complyBy() == null ? "" : day(answer.complyBy()));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The self-assessment against the Complaint Handling Code (" + assessment.edition() + ") for "
                + assessment.period().describe() + " was approved by " + approval.body() + " on "
                + day(approval.approvedOn()) + " (minute " + approval.minuteReference() + ").");
        assessments
                .publication(assessment.id())
                .ifPresent(document -> paragraphs.add("It is published on the reports page, with the governing"
                        + " body's response, at /reports/" + document.id() + "."));
        if (actions.isEmpty()) {
            paragraphs.add("Every provision that applies is complied with in full.");
        }
        List<FigureTable> tables = new ArrayList<>(List.of(bySection.build()));
        if (!actions.isEmpty()) {
            tables.add(actions.build());
        }
        return new BoardReport.Part("8.1a", "Self-assessment against the Code", paragraphs, tables);
    }

    private static void summaryRow(FigureTable.Builder table, ComplianceSummary.Line line) {
        table.row(
                line.section() == null ? line.title() : line.section() + ". " + line.title(),
                (long) line.provisions(),
                (long) line.compliant(),
                (long) line.partly(),
                (long) line.nonCompliant(),
                (long) line.notApplicable(),
                line.compliantPercent());
    }

    // ---------------------------------------------------------------- 8.1b

    private BoardReport.Part performance(ReportingPeriod period, DashboardReport figures, @Nullable String commentary) {
        List<String> paragraphs = new ArrayList<>(Performance.statements(figures));
        List<FigureTable> tables = new ArrayList<>(Figures.tables(
                figures,
                "volumes-by-stage",
                "volumes-by-category",
                "volumes-by-channel",
                "outcomes",
                "timeliness",
                "remedies"));
        if (figures.homes() != null) {
            tables.add(tsm(measures.report(period, figures.homes())));
            tables.addAll(Figures.tables(figures, "per-thousand-homes"));
        } else {
            paragraphs.add("The landlord's settings hold no number of homes for "
                    + period.from().getYear() + "-"
                    + (period.to().getYear() % 100) + ", so the Tenant Satisfaction Measures and the rates per 1,000"
                    + " homes are left out.");
        }
        tables.addAll(Figures.tables(figures, "refusals-by-ground"));
        tables.add(refusalsByCategory(period));
        paragraphs.add(Performance.refusals(figures));
        if (commentary != null) {
            commentary
                    .lines()
                    .filter(line -> !line.isBlank())
                    .map(String::strip)
                    .forEach(paragraphs::add);
        }
        return new BoardReport.Part("8.1b", "Complaint handling performance", paragraphs, tables);
    }

    private static FigureTable tsm(TsmReport tsm) {
        FigureTable.Builder table = FigureTable.builder(
                "tsm",
                "Tenant Satisfaction Measures (" + tsm.homes() + " homes)",
                "Measure",
                "Counted",
                "Within the timescale",
                "Result");
        table.row(
                "CH01 stage 1 (per 1,000 homes)",
                tsm.ch01().stage1().count(),
                "",
                tsm.ch01().stage1().perThousandHomes());
        table.row(
                "CH01 stage 2 (per 1,000 homes)",
                tsm.ch01().stage2().count(),
                "",
                tsm.ch01().stage2().perThousandHomes());
        table.row(
                "CH02 stage 1 (percent)",
                tsm.ch02().stage1().responded(),
                tsm.ch02().stage1().withinTimescale(),
                tsm.ch02().stage1().percent());
        table.row(
                "CH02 stage 2 (percent)",
                tsm.ch02().stage2().responded(),
                tsm.ch02().stage2().withinTimescale(),
                tsm.ch02().stage2().percent());
        return table.build();
    }

    /** What the refused complaints were about (8.1b: the types of complaints refused). */
    private FigureTable refusalsByCategory(ReportingPeriod period) {
        StageFactFilter refused =
                StageFactFilter.started(period.from(), period.to()).on(Basis.REFUSED);
        Map<String, long[]> byCategory = new TreeMap<>();
        for (StageFactQueries.GroupTally row : facts.tally(
                refused, List.of(StageGrouping.STAGE, StageGrouping.CATEGORY), EnumSet.noneOf(StageTally.Part.class))) {
            String stage = row.key(0);
            if ("1".equals(stage) || "2".equals(stage)) {
                String category = row.key(1) == null ? "No category" : row.key(1);
                byCategory.computeIfAbsent(category, key -> new long[2])[Integer.parseInt(stage) - 1] +=
                        row.tally().stages();
            }
        }
        FigureTable.Builder table = FigureTable.builder(
                "refusals-by-category",
                "Refusals by what the complaint was about",
                "Category",
                "Complaints refused",
                "Escalations refused");
        byCategory.forEach((category, counts) -> table.row(category, counts[0], counts[1]));
        return table.build();
    }

    // ---------------------------------------------------------------- 8.1c

    private BoardReport.Part ombudsmanFindings(ReportingYear year) {
        OmbudsmanFigures figures = ombudsman.figures(year.from(), year.to());
        return new BoardReport.Part(
                "8.1c",
                "The Ombudsman's findings of non-compliance",
                List.of(Figures.ombudsmanSummary(figures)),
                List.of(Figures.ombudsmanFindings(figures), Figures.ombudsmanOrders(figures)));
    }

    // ---------------------------------------------------------------- 8.1d

    private BoardReport.Part improvements(ReportingYear year) {
        List<Lesson> made = madeBetween(lessons, year.from(), year.to());
        String summary = made.size() + " service " + plural(made.size(), "improvement was", "improvements were")
                + " made in the year as a result of learning from complaints.";
        return new BoardReport.Part(
                "8.1d",
                "Service improvements made from learning",
                List.of(summary),
                made.isEmpty() ? List.of() : List.of(improvementsTable("service-improvements", made)));
    }

    /** The improvements made in the period, oldest first. */
    static List<Lesson> madeBetween(Lessons lessons, LocalDate from, LocalDate to) {
        return lessons.activeBetween(from, to).stream()
                .filter(lesson -> lesson.status() == LessonStatus.DONE && lesson.madeOn() != null)
                .filter(lesson -> {
                    LocalDate madeOn = java.util.Objects.requireNonNull(lesson.madeOn());
                    return !madeOn.isBefore(from) && !madeOn.isAfter(to);
                })
                .sorted(Comparator.comparing((Lesson lesson) -> java.util.Objects.requireNonNull(lesson.madeOn()))
                        .thenComparing(Lesson::lesson))
                .toList();
    }

    static FigureTable improvementsTable(String id, List<Lesson> made) {
        FigureTable.Builder table = FigureTable.builder(
                id,
                "Service improvements made",
                "Improvement",
                "Made on",
                "Category",
                "What we learned",
                "Complaints it came from");
        for (Lesson lesson : made) {
            table.row(
                    lesson.improvement(),
                    lesson.madeOn() == null ? "" : day(lesson.madeOn()),
                    lesson.category() == null ? "" : lesson.category(),
                    lesson.lesson(),
                    (long) lesson.complaints().size());
        }
        return table.build();
    }

    // ---------------------------------------------------------------- 8.1e, 8.1f

    private BoardReport.Part ombudsmanReports(ReportingYear year, OmbudsmanReportKind kind) {
        List<OmbudsmanReport> reports = store.ombudsmanReports(year.from(), year.to()).stream()
                .filter(report -> report.kind() == kind)
                .toList();
        String heading = kind == OmbudsmanReportKind.ANNUAL_PERFORMANCE
                ? "The Ombudsman's annual report about the landlord's performance"
                : "Other reports and publications of the Ombudsman about the landlord";
        if (reports.isEmpty()) {
            return new BoardReport.Part(
                    kind.provision(), heading, List.of("The Ombudsman published none in " + year + "."), List.of());
        }
        FigureTable.Builder table = FigureTable.builder(
                kind == OmbudsmanReportKind.ANNUAL_PERFORMANCE ? "ombudsman-annual-reports" : "ombudsman-other-reports",
                heading,
                "Title",
                "Published",
                "Summary",
                "Where to read it");
        for (OmbudsmanReport report : reports) {
            table.row(
                    report.title(),
                    day(report.publishedOn()),
                    report.summary(),
                    report.link() == null ? "" : report.link());
        }
        return new BoardReport.Part(kind.provision(), heading, List.of(), List.of(table.build()));
    }
}
