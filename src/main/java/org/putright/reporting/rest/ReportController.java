package org.putright.reporting.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.StageFacts;
import org.putright.reporting.Dashboard;
import org.putright.reporting.DashboardReport;
import org.putright.reporting.ExportFile;
import org.putright.reporting.ExportFormat;
import org.putright.reporting.ExportJob;
import org.putright.reporting.Exports;
import org.putright.reporting.ReportTable;
import org.putright.reporting.ReportingPeriod;
import org.putright.reporting.TenantSatisfactionMeasures;
import org.putright.reporting.TsmFigure;
import org.putright.reporting.TsmReport;
import org.putright.system.problem.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over the API: the TSM (CH01, CH02) exactly as API.md gives it, with CSV and the
 * complaints behind each figure; the dashboard's tables as JSON, CSV or XLSX; and background
 * exports of complaints and of the whole dashboard. For managers and the governing body.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
@Validated
class ReportController {

    private final TenantSatisfactionMeasures tsm;
    private final Dashboard dashboard;
    private final Exports exports;

    ReportController(TenantSatisfactionMeasures tsm, Dashboard dashboard, Exports exports) {
        this.tsm = tsm;
        this.dashboard = dashboard;
        this.exports = exports;
    }

    /** CH01 and CH02 for the period (by default the current reporting year). */
    @GetMapping("/tsm")
    TsmReport tsm(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer homes) {
        return tsm.report(period(from, to), homes);
    }

    /** The TSM as CSV: one line per figure. */
    @GetMapping(value = "/tsm.csv", produces = "text/csv")
    ResponseEntity<byte[]> tsmCsv(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer homes) {
        return file(exports.tsm(tsm.report(period(from, to), homes)));
    }

    /** The complaints a TSM figure counted. */
    @GetMapping("/tsm/complaints")
    CountedView counted(
            @RequestParam TsmFigure figure,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        ReportingPeriod period = period(from, to);
        List<StageFacts> counted = tsm.counted(figure, period, page * size, size);
        return new CountedView(
                figure,
                figure.title(),
                period.from(),
                period.to(),
                page,
                size,
                tsm.countOf(figure, period),
                counted.stream().map(CountedItem::of).toList());
    }

    /** Every table of the dashboard for the period. */
    @GetMapping("/dashboard")
    DashboardView dashboard(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        DashboardReport report = dashboard.report(period(from, to));
        return new DashboardView(report.from(), report.to(), report.homes(), report.tables());
    }

    /**
     * The remedies and actions overdue today, a page at a time with how many there are in all (the
     * dashboard itself carries only the first page of them).
     */
    @GetMapping("/dashboard/" + Dashboard.OVERDUE_FOLLOW_UPS)
    PagedTableView overdueFollowUps(
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return PagedTableView.of(dashboard.overdueFollowUps(page, size), page, size);
    }

    /** One table of the dashboard. */
    @GetMapping("/dashboard/{table}")
    ReportTable table(
            @PathVariable String table,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return dashboard.report(period(from, to)).table(table).orElseThrow(() -> new NotFound("Report table", table));
    }

    /** One table of the dashboard as CSV or XLSX. */
    @GetMapping("/dashboard/{table}/export")
    ResponseEntity<byte[]> exportTable(
            @PathVariable String table,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return file(exports.dashboardTable(dashboard.report(period(from, to)), table, format));
    }

    /** Starts an export of complaints or of the whole dashboard in the background: 202 and the job. */
    @PostMapping("/exports")
    ResponseEntity<ExportView> startExport(@Valid @RequestBody ExportRequest request, Principal principal) {
        ReportingPeriod period = period(request.from(), request.to());
        ExportJob job = exports.start(
                request.kind(),
                request.format() == null ? ExportFormat.CSV : request.format(),
                period,
                principal.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/reports/exports/" + job.id()))
                .body(ExportView.of(job));
    }

    /** Where an export has got to. */
    @GetMapping("/exports/{id}")
    ExportView export(@PathVariable UUID id) {
        return ExportView.of(exports.job(id));
    }

    /** The finished export's file (404 until it is done). */
    @GetMapping("/exports/{id}/file")
    ResponseEntity<byte[]> exportFile(@PathVariable UUID id) {
        return file(exports.file(id));
    }

    private ReportingPeriod period(@Nullable LocalDate from, @Nullable LocalDate to) {
        return ReportingPeriod.of(from, to, dashboard.today());
    }

    static ResponseEntity<byte[]> file(ExportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    /** What to export and for which period (by default the current reporting year). */
    record ExportRequest(
            @NotNull ExportJob.Kind kind,
            @Nullable ExportFormat format,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /** An export job as the API shows it; {@code file} is set once it is done. */
    record ExportView(
            UUID id,
            ExportJob.Kind kind,
            ExportFormat format,
            LocalDate from,
            LocalDate to,
            ExportJob.State state,
            long processed,
            long total,
            int percent,
            @Nullable String failure,
            @Nullable String file) {

        static ExportView of(ExportJob job) {
            return new ExportView(
                    job.id(),
                    job.kind(),
                    job.format(),
                    job.from(),
                    job.to(),
                    job.state(),
                    job.processed(),
                    job.total(),
                    job.percent(),
                    job.failure(),
                    job.state() == ExportJob.State.DONE ? "/api/v1/reports/exports/" + job.id() + "/file" : null);
        }
    }

    /** The dashboard: every table, with the homes count when the settings hold it. */
    record DashboardView(
            LocalDate from, LocalDate to, @Nullable Integer homes, List<ReportTable> tables) {}

    /** One page of a table that is paged: its rows here, {@code total} in all. */
    record PagedTableView(
            String id,
            String title,
            List<String> columns,
            List<List<@Nullable Object>> rows,
            long total,
            int page,
            int size) {

        static PagedTableView of(ReportTable table, int page, int size) {
            return new PagedTableView(
                    table.id(), table.title(), table.columns(), table.rows(), table.total(), page, size);
        }
    }

    /** A page of the complaints behind a TSM figure. */
    record CountedView(
            TsmFigure figure,
            String title,
            LocalDate from,
            LocalDate to,
            int page,
            int size,
            long total,
            List<CountedItem> complaints) {}

    /** One stage counted: enough to check it by hand, and a link to the complaint. */
    record CountedItem(
            String reference,
            String complaint,
            int stage,
            LocalDate startedOn,
            LocalDate acknowledgeBy,
            @Nullable LocalDate acknowledgedOn,
            @Nullable LocalDate respondBy,
            @Nullable LocalDate respondedOn,
            boolean withinTimescale,
            @Nullable LocalDate refusedOn) {

        static CountedItem of(StageFacts fact) {
            return new CountedItem(
                    fact.reference().value(),
                    "/api/v1/complaints/" + fact.reference().value(),
                    fact.stage(),
                    fact.startedOn(),
                    fact.acknowledgement().due(),
                    day(fact.acknowledgement().at()),
                    fact.answer().dueAllowed(),
                    day(fact.answer().at()),
                    fact.withinTimescale(),
                    fact.refused() == null ? null : day(fact.refused().at()));
        }

        private static @Nullable LocalDate day(java.time.@Nullable Instant at) {
            return at == null ? null : org.putright.calendar.WorkingCalendar.dayOf(at);
        }
    }
}
