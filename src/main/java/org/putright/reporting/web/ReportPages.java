package org.putright.reporting.web;

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
import org.putright.system.problem.DomainProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reporting pages for managers and the governing body: the dashboard with its charts and
 * tables, the TSM with the complaints behind each figure, downloads, and background exports whose
 * page refreshes itself until the file is ready (no script needed).
 */
@Controller
@RequestMapping("/staff/reports")
@PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
class ReportPages {

    private static final int DRILL_DOWN_PAGE = 100;

    private final Dashboard dashboard;
    private final TenantSatisfactionMeasures tsm;
    private final Exports exports;

    ReportPages(Dashboard dashboard, TenantSatisfactionMeasures tsm, Exports exports) {
        this.dashboard = dashboard;
        this.tsm = tsm;
        this.exports = exports;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            Model model) {
        DashboardReport report = dashboard.report(period(from, to));
        model.addAttribute("report", report);
        model.addAttribute("formats", ExportFormat.values());
        return "reports/dashboard";
    }

    /** Every overdue remedy and action, a page at a time, with how many there are in all. */
    @GetMapping("/dashboard/" + Dashboard.OVERDUE_FOLLOW_UPS)
    String overdueFollowUps(@RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, Math.min(page, 1_000_000));
        ReportTable table = dashboard.overdueFollowUps(safePage, Dashboard.FOLLOW_UPS_ON_DASHBOARD);
        long shownFrom = (long) safePage * Dashboard.FOLLOW_UPS_ON_DASHBOARD;
        model.addAttribute("table", table);
        model.addAttribute("page", safePage);
        model.addAttribute("first", table.rows().isEmpty() ? 0 : shownFrom + 1);
        model.addAttribute("last", shownFrom + table.rows().size());
        model.addAttribute("hasNext", shownFrom + table.rows().size() < table.total());
        return "reports/overdue-follow-ups";
    }

    @GetMapping("/dashboard/{table}/export")
    ResponseEntity<byte[]> exportTable(
            @PathVariable String table,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return file(exports.dashboardTable(dashboard.report(period(from, to)), table, format));
    }

    @GetMapping("/tsm")
    String tsm(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer homes,
            Model model) {
        ReportingPeriod period = period(from, to);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("homes", homes);
        try {
            TsmReport report = tsm.report(period, homes);
            model.addAttribute("report", report);
        } catch (DomainProblem problem) {
            // Most often no homes count for the period: the page asks for it rather than failing.
            model.addAttribute("problem", problem.detail());
        }
        return "reports/tsm";
    }

    @GetMapping("/tsm.csv")
    ResponseEntity<byte[]> tsmCsv(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer homes) {
        return file(exports.tsm(tsm.report(period(from, to), homes)));
    }

    @GetMapping("/tsm/complaints")
    String counted(
            @RequestParam TsmFigure figure,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ReportingPeriod period = period(from, to);
        int safePage = Math.max(0, Math.min(page, 100_000));
        List<StageFacts> counted = tsm.counted(figure, period, safePage * DRILL_DOWN_PAGE, DRILL_DOWN_PAGE);
        long total = tsm.countOf(figure, period);
        model.addAttribute("figure", figure);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("counted", counted);
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("hasNext", (long) (safePage + 1) * DRILL_DOWN_PAGE < total);
        return "reports/tsm-complaints";
    }

    @PostMapping("/exports")
    String startExport(
            @RequestParam ExportJob.Kind kind,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            Principal principal) {
        ExportJob job = exports.start(kind, format, period(from, to), principal.getName());
        return "redirect:/staff/reports/exports/" + job.id();
    }

    @GetMapping("/exports/{id}")
    String export(@PathVariable UUID id, Model model) {
        model.addAttribute("job", exports.job(id));
        return "reports/export";
    }

    @GetMapping("/exports/{id}/file")
    ResponseEntity<byte[]> exportFile(@PathVariable UUID id) {
        return file(exports.file(id));
    }

    private ReportingPeriod period(@Nullable LocalDate from, @Nullable LocalDate to) {
        return ReportingPeriod.of(from, to, dashboard.today());
    }

    private static ResponseEntity<byte[]> file(ExportFile file) {
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
}
