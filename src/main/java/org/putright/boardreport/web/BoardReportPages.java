package org.putright.boardreport.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.boardreport.AnnualReport;
import org.putright.boardreport.AnnualReports;
import org.putright.boardreport.BoardReport;
import org.putright.boardreport.GoverningBodyResponse;
import org.putright.boardreport.OmbudsmanReportKind;
import org.putright.boardreport.Quarter;
import org.putright.boardreport.QuarterlyPacks;
import org.putright.boardreport.ReportingYear;
import org.putright.system.document.DocumentFormat;
import org.putright.system.document.Download;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.InvalidInput;
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
 * The staff pages of the governing body's reports: the quarterly pack (9.7) and the annual report
 * (8.1, 8.2), each with its downloads. Managers write the commentary and record the Ombudsman's
 * reports; the governing body records its response; either publishes the report once it has.
 */
@Controller
@RequestMapping("/staff/reports")
@PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
class BoardReportPages {

    private static final String MANAGER = "hasRole('MANAGER')";
    private static final String GOVERNANCE = "hasRole('GOVERNANCE')";

    private final QuarterlyPacks packs;
    private final AnnualReports annual;

    BoardReportPages(QuarterlyPacks packs, AnnualReports annual) {
        this.packs = packs;
        this.annual = annual;
    }

    @GetMapping("/quarterly-pack")
    String quarterlyPack(@RequestParam(required = false) @Nullable String from, Model model) {
        Quarter quarter;
        List<InvalidInput.FieldError> errors = List.of();
        try {
            quarter = packs.quarter(from == null || from.isBlank() ? null : day("from", from));
        } catch (DomainProblem problem) {
            quarter = packs.quarter(null);
            errors = errors(problem);
        }
        BoardReport report = packs.pack(quarter);
        model.addAttribute("quarter", quarter);
        model.addAttribute("report", report);
        model.addAttribute("introduction", introduction(report));
        model.addAttribute("errors", errors);
        return "boardreport/quarterly";
    }

    @GetMapping("/quarterly-pack/export")
    ResponseEntity<byte[]> quarterlyPackExport(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(defaultValue = "html") String format) {
        return download(packs.export(packs.quarter(from), DocumentFormat.parse("format", format)));
    }

    @GetMapping("/annual")
    String years(@RequestParam(required = false) @Nullable String year, Model model) {
        if (year != null && !year.isBlank()) {
            return "redirect:/staff/reports/annual/" + ReportingYear.parse(year);
        }
        model.addAttribute("years", annual.years());
        return "boardreport/annual-list";
    }

    @GetMapping("/annual/{year}")
    String annualReport(@PathVariable String year, Model model) {
        return annualReport(ReportingYear.parse(year), model, List.of());
    }

    @GetMapping("/annual/{year}/export")
    ResponseEntity<byte[]> annualReportExport(
            @PathVariable String year, @RequestParam(defaultValue = "html") String format) {
        return download(annual.export(ReportingYear.parse(year), DocumentFormat.parse("format", format)));
    }

    @PostMapping("/annual/{year}/commentary")
    @PreAuthorize(MANAGER)
    String commentary(
            @PathVariable String year,
            @RequestParam(defaultValue = "") String commentary,
            @RequestParam long version,
            Principal principal,
            Model model) {
        ReportingYear reportingYear = ReportingYear.parse(year);
        try {
            annual.recordCommentary(reportingYear, commentary, version, principal.getName());
            return "redirect:/staff/reports/annual/" + reportingYear;
        } catch (DomainProblem problem) {
            return annualReport(reportingYear, model, errors(problem));
        }
    }

    @PostMapping("/annual/{year}/response")
    @PreAuthorize(GOVERNANCE)
    String respond(
            @PathVariable String year,
            @RequestParam String respondedOn,
            @RequestParam String body,
            @RequestParam String minuteReference,
            @RequestParam String response,
            @RequestParam long version,
            Principal principal,
            Model model) {
        ReportingYear reportingYear = ReportingYear.parse(year);
        try {
            annual.respond(
                    reportingYear,
                    day("respondedOn", respondedOn),
                    body,
                    minuteReference,
                    response,
                    version,
                    principal.getName());
            return "redirect:/staff/reports/annual/" + reportingYear;
        } catch (DomainProblem problem) {
            return annualReport(reportingYear, model, errors(problem));
        }
    }

    @PostMapping("/annual/{year}/publication")
    @PreAuthorize(GOVERNANCE + " or " + MANAGER)
    String publish(@PathVariable String year, @RequestParam long version, Principal principal, Model model) {
        ReportingYear reportingYear = ReportingYear.parse(year);
        try {
            annual.publish(reportingYear, version, principal.getName());
            return "redirect:/staff/reports/annual/" + reportingYear;
        } catch (DomainProblem problem) {
            return annualReport(reportingYear, model, errors(problem));
        }
    }

    @PostMapping("/ombudsman-reports")
    @PreAuthorize(MANAGER)
    String recordOmbudsmanReport(
            @RequestParam String year,
            @RequestParam OmbudsmanReportKind kind,
            @RequestParam String title,
            @RequestParam String publishedOn,
            @RequestParam String summary,
            @RequestParam(defaultValue = "") String link,
            Principal principal,
            Model model) {
        ReportingYear reportingYear = ReportingYear.parse(year);
        try {
            annual.recordOmbudsmanReport(
                    kind, title, day("publishedOn", publishedOn), summary, link, principal.getName());
            return "redirect:/staff/reports/annual/" + reportingYear;
        } catch (DomainProblem problem) {
            return annualReport(reportingYear, model, errors(problem));
        }
    }

    private String annualReport(ReportingYear year, Model model, List<InvalidInput.FieldError> errors) {
        AnnualReports.Read read = annual.read(year);
        AnnualReport report = read.report();
        GoverningBodyResponse response = report.response();
        model.addAttribute("year", year.toString());
        model.addAttribute("annual", report);
        model.addAttribute("report", read.content());
        model.addAttribute("introduction", introduction(read.content()));
        model.addAttribute(
                "responseLine",
                response == null
                        ? ""
                        : "Given by " + response.body() + " on " + response.respondedOn() + " (minute "
                                + response.minuteReference() + ").");
        model.addAttribute(
                "responseLines",
                response == null
                        ? List.of()
                        : response.response()
                                .lines()
                                .filter(line -> !line.isBlank())
                                .toList());
        model.addAttribute("publication", annual.publication(year).orElse(null));
        model.addAttribute("today", annual.today());
        model.addAttribute("errors", errors);
        return "boardreport/annual";
    }

    private static String introduction(BoardReport report) {
        return "For " + report.from() + " to " + report.to() + ", from the complaints record as at " + report.asAt()
                + ". Each part answers the provision of the Code it is numbered by.";
    }

    private static ResponseEntity<byte[]> download(Download download) {
        boolean html = download.contentType().startsWith("text/html");
        ContentDisposition disposition = html
                ? ContentDisposition.inline().build()
                : ContentDisposition.attachment().filename(download.fileName()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(download.content());
    }

    private static List<InvalidInput.FieldError> errors(DomainProblem problem) {
        if (problem instanceof InvalidInput invalid) {
            return invalid.errors();
        }
        return List.of(new InvalidInput.FieldError(problem.title(), problem.detail()));
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date like 2025-03-31");
        }
    }
}
