package org.putright.boardreport.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.boardreport.AnnualReport;
import org.putright.boardreport.AnnualReports;
import org.putright.boardreport.BoardReport;
import org.putright.boardreport.GoverningBodyResponse;
import org.putright.boardreport.OmbudsmanReport;
import org.putright.boardreport.OmbudsmanReportKind;
import org.putright.boardreport.QuarterlyPacks;
import org.putright.boardreport.ReportingYear;
import org.putright.publication.PublishedDocument;
import org.putright.system.document.DocumentFormat;
import org.putright.system.document.Download;
import org.putright.system.web.IfMatch;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governing body's reports: the quarterly pack (9.7) and the annual complaints performance and
 * service improvement report (8.1, 8.2). Managers and the governing body read and download them;
 * managers write the commentary and record the Ombudsman's reports; the governing body records its
 * response; either publishes the report once the body has responded. Changes to an annual report
 * take an optional {@code If-Match} with its version.
 */
@RestController
@RequestMapping("/api/v1/reports")
class BoardReportController {

    private static final String READ = "hasRole('MANAGER') or hasRole('GOVERNANCE')";
    private static final String WRITE = "hasRole('MANAGER')";
    private static final String GOVERN = "hasRole('GOVERNANCE')";
    private static final String TEXT = "[^\\x00]*";
    private static final String TEXT_MESSAGE = "must not contain NUL characters";

    private final QuarterlyPacks packs;
    private final AnnualReports annual;

    BoardReportController(QuarterlyPacks packs, AnnualReports annual) {
        this.packs = packs;
        this.annual = annual;
    }

    /** The quarterly pack for the quarter starting on {@code from} (by default the last to have ended). */
    @GetMapping("/quarterly-pack")
    @PreAuthorize(READ)
    BoardReport quarterlyPack(@RequestParam(required = false) @Nullable LocalDate from) {
        return packs.pack(packs.quarter(from));
    }

    /** The quarterly pack as {@code html}, {@code pdf} or {@code docx}. */
    @GetMapping("/quarterly-pack/export")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> quarterlyPackExport(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(defaultValue = "html") String format) {
        return download(packs.export(packs.quarter(from), DocumentFormat.parse("format", format)));
    }

    /** Every year with an annual report recorded, and the last year to have ended. */
    @GetMapping("/annual")
    @PreAuthorize(READ)
    List<YearItem> years() {
        return annual.years().stream().map(YearItem::of).toList();
    }

    @GetMapping("/annual/{year}")
    @PreAuthorize(READ)
    ResponseEntity<AnnualReportView> annualReport(@PathVariable String year) {
        AnnualReports.Read read = annual.read(ReportingYear.parse(year));
        return ResponseEntity.ok().eTag(String.valueOf(read.report().version())).body(AnnualReportView.of(read));
    }

    /** The annual report, with the governing body's response once given, as {@code html}, {@code pdf} or {@code docx}. */
    @GetMapping("/annual/{year}/export")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> annualReportExport(
            @PathVariable String year, @RequestParam(defaultValue = "html") String format) {
        return download(annual.export(ReportingYear.parse(year), DocumentFormat.parse("format", format)));
    }

    /** The complaints team's commentary on the year's figures (8.1b). */
    @PutMapping("/annual/{year}/commentary")
    @PreAuthorize(WRITE)
    ResponseEntity<AnnualReportView> commentary(
            @PathVariable String year,
            @Valid @RequestBody CommentaryBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        ReportingYear reportingYear = ReportingYear.parse(year);
        annual.recordCommentary(reportingYear, body.commentary(), IfMatch.version(ifMatch), principal.getName());
        return annualReport(year);
    }

    /** The governing body's response (8.2); keeps the report as the body read it. */
    @PostMapping("/annual/{year}/response")
    @PreAuthorize(GOVERN)
    ResponseEntity<AnnualReportView> respond(
            @PathVariable String year,
            @Valid @RequestBody ResponseBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        ReportingYear reportingYear = ReportingYear.parse(year);
        annual.respond(
                reportingYear,
                body.respondedOn(),
                body.body(),
                body.minuteReference(),
                body.response(),
                IfMatch.version(ifMatch),
                principal.getName());
        return annualReport(year);
    }

    /** Publishes the report with the governing body's response on the public reports page (8.2). */
    @PostMapping("/annual/{year}/publication")
    @PreAuthorize(GOVERN + " or " + WRITE)
    ResponseEntity<PublicationView> publish(
            @PathVariable String year,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        PublishedDocument document =
                annual.publish(ReportingYear.parse(year), IfMatch.version(ifMatch), principal.getName());
        return ResponseEntity.created(URI.create("/reports/" + document.id())).body(PublicationView.of(document));
    }

    /** The Ombudsman's reports about the landlord published in a reporting year (8.1e, 8.1f). */
    @GetMapping("/ombudsman-reports")
    @PreAuthorize(READ)
    List<OmbudsmanReport> ombudsmanReports(@RequestParam String year) {
        return annual.ombudsmanReports(ReportingYear.parse(year));
    }

    @PostMapping("/ombudsman-reports")
    @PreAuthorize(WRITE)
    ResponseEntity<OmbudsmanReport> recordOmbudsmanReport(
            @Valid @RequestBody OmbudsmanReportBody body, Principal principal) {
        OmbudsmanReport report = annual.recordOmbudsmanReport(
                body.kind(), body.title(), body.publishedOn(), body.summary(), body.link(), principal.getName());
        return ResponseEntity.created(URI.create(
                        "/api/v1/reports/ombudsman-reports?year=" + ReportingYear.containing(report.publishedOn())))
                .body(report);
    }

    private static ResponseEntity<byte[]> download(Download download) {
        boolean html = download.contentType().startsWith("text/html");
        ContentDisposition disposition = html
                ? ContentDisposition.inline().filename(download.fileName()).build()
                : ContentDisposition.attachment().filename(download.fileName()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(download.content());
    }

    record CommentaryBody(
            @NotNull @Size(max = AnnualReport.MAX_COMMENTARY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String commentary) {}

    record ResponseBody(
            @NotNull LocalDate respondedOn,

            @NotBlank @Size(max = GoverningBodyResponse.MAX_BODY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String body,

            @NotBlank @Size(max = GoverningBodyResponse.MAX_MINUTE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String minuteReference,

            @NotBlank @Size(max = GoverningBodyResponse.MAX_RESPONSE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String response) {}

    record OmbudsmanReportBody(
            @NotNull OmbudsmanReportKind kind,

            @NotBlank @Size(max = OmbudsmanReport.MAX_TITLE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String title,

            @NotNull LocalDate publishedOn,

            @NotBlank @Size(max = OmbudsmanReport.MAX_SUMMARY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String summary,

            @Nullable @Size(max = OmbudsmanReport.MAX_LINK) String link) {}

    record YearItem(
            String year,
            LocalDate from,
            LocalDate to,
            long version,
            boolean responded,
            boolean published,
            String href) {

        static YearItem of(AnnualReport report) {
            return new YearItem(
                    report.year().toString(),
                    report.year().from(),
                    report.year().to(),
                    report.version(),
                    report.responded(),
                    report.published(),
                    "/api/v1/reports/annual/" + report.year());
        }
    }

    record AnnualReportView(
            String year,
            LocalDate from,
            LocalDate to,
            long version,
            @Nullable String commentary,
            @Nullable GoverningBodyResponse response,
            @Nullable UUID publication,
            @Nullable String publicationHref,
            BoardReport report) {

        static AnnualReportView of(AnnualReports.Read read) {
            AnnualReport report = read.report();
            return new AnnualReportView(
                    report.year().toString(),
                    report.year().from(),
                    report.year().to(),
                    report.version(),
                    report.commentary(),
                    report.response(),
                    report.publication(),
                    report.publication() == null ? null : "/reports/" + report.publication(),
                    read.content());
        }
    }

    record PublicationView(UUID id, String title, Instant publishedAt, String href, String pdf, String docx) {

        static PublicationView of(PublishedDocument document) {
            String href = "/reports/" + document.id();
            return new PublicationView(
                    document.id(), document.title(), document.publishedAt(), href, href + "/pdf", href + "/docx");
        }
    }
}
