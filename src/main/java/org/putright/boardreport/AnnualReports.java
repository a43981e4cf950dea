package org.putright.boardreport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.publication.Publications;
import org.putright.publication.PublishedDocument;
import org.putright.publication.ReportKind;
import org.putright.system.document.DocumentFormat;
import org.putright.system.document.Download;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual complaints performance and service improvement report (8.1) of each reporting year:
 * worked out from the record, with the complaints team's commentary; the governing body's response
 * recorded, which keeps the report as the body read it; then published with the response on the
 * public reports page (8.2). Also records the Ombudsman's reports about the landlord (8.1e, 8.1f).
 */
@Service
public class AnnualReports {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final BoardReportStore store;
    private final AnnualReportContents contents;
    private final BoardReportDocument document;
    private final Publications publications;
    private final Clock clock;

    AnnualReports(
            BoardReportStore store,
            AnnualReportContents contents,
            BoardReportDocument document,
            Publications publications,
            Clock clock) {
        this.store = store;
        this.contents = contents;
        this.document = document;
        this.publications = publications;
        this.clock = clock;
    }

    /** A year's report as it stands and what it says. */
    public record Read(AnnualReport report, BoardReport content) {}

    public Read read(ReportingYear year) {
        AnnualReport report = report(year);
        return new Read(report, content(report));
    }

    /** Every year something was recorded for, and the year now ending or just ended, latest first. */
    public List<AnnualReport> years() {
        List<AnnualReport> years = new ArrayList<>(store.all());
        ReportingYear last = ReportingYear.containing(today()).previous();
        if (years.stream().noneMatch(report -> report.year().equals(last))) {
            years.add(AnnualReport.draft(last));
        }
        years.sort((a, b) -> b.year().compareTo(a.year()));
        return years;
    }

    public Download export(ReportingYear year, DocumentFormat format) {
        AnnualReport report = report(year);
        GoverningBodyResponse response = report.response();
        Instant at = response == null ? clock.instant() : response.recordedAt();
        return document.download(content(report), response, format, "annual-complaints-report-" + year, at);
    }

    /** The complaints team's commentary on the year's figures (8.1b), until the governing body responds. */
    @Transactional
    public AnnualReport recordCommentary(
            ReportingYear year, String commentary, @Nullable Long expectedVersion, String by) {
        AnnualReport current = current(year, expectedVersion);
        return save(current, current.withCommentary(commentary, clock.instant(), by));
    }

    /**
     * The governing body's response (8.2). The report is kept as it stands, so what is published
     * is the report the body responded to. A year is reported on once it is over.
     */
    @Transactional
    public AnnualReport respond(
            ReportingYear year,
            LocalDate respondedOn,
            String body,
            String minuteReference,
            String response,
            @Nullable Long expectedVersion,
            String by) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (respondedOn.isAfter(today())) {
            errors.add(new InvalidInput.FieldError("respondedOn", "is in the future; record the response once given"));
        }
        if (!respondedOn.isAfter(year.to())) {
            errors.add(new InvalidInput.FieldError(
                    "respondedOn", "must be after the year reported on, which ends on " + year.to()));
        }
        text(errors, "body", body, GoverningBodyResponse.MAX_BODY, "name the governing body");
        text(errors, "minuteReference", minuteReference, GoverningBodyResponse.MAX_MINUTE, "give the minute");
        text(errors, "response", response, GoverningBodyResponse.MAX_RESPONSE, "give the governing body's response");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        AnnualReport current = current(year, expectedVersion);
        GoverningBodyResponse given = new GoverningBodyResponse(
                respondedOn, body.strip(), minuteReference.strip(), response.strip(), clock.instant(), by);
        return save(current, current.respond(given, content(current)));
    }

    /** Publishes the report with the governing body's response on the public reports page (8.2). */
    @Transactional
    public PublishedDocument publish(ReportingYear year, @Nullable Long expectedVersion, String by) {
        AnnualReport current = current(year, expectedVersion);
        Instant now = clock.instant();
        // Checked before rendering, so a report without a response is refused without the cost of a PDF.
        current.published(UUID.randomUUID(), now, by);
        GoverningBodyResponse response = java.util.Objects.requireNonNull(current.response());
        BoardReport content = content(current);
        PublishedDocument published = publications.publish(
                ReportKind.ANNUAL_REPORT,
                sourceId(year),
                content.title(),
                year.from(),
                year.to(),
                document.rendition(content, response, response.recordedAt()),
                by);
        save(current, current.published(published.id(), now, by));
        return published;
    }

    public Optional<PublishedDocument> publication(ReportingYear year) {
        return publications.publishedFrom(ReportKind.ANNUAL_REPORT, sourceId(year));
    }

    @Transactional
    public OmbudsmanReport recordOmbudsmanReport(
            OmbudsmanReportKind kind,
            String title,
            LocalDate publishedOn,
            String summary,
            @Nullable String link,
            String by) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        text(errors, "title", title, OmbudsmanReport.MAX_TITLE, "give the report's title");
        text(errors, "summary", summary, OmbudsmanReport.MAX_SUMMARY, "say what the report says about the landlord");
        if (publishedOn.isAfter(today())) {
            errors.add(new InvalidInput.FieldError("publishedOn", "is in the future"));
        }
        String address = link == null || link.isBlank() ? null : link.strip();
        if (address != null
                && (address.length() > OmbudsmanReport.MAX_LINK
                        || !(address.startsWith("https://") || address.startsWith("http://"))
                        || address.chars().anyMatch(Character::isWhitespace))) {
            errors.add(new InvalidInput.FieldError(
                    "link",
                    "must be a web address starting https://, at most " + OmbudsmanReport.MAX_LINK + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        OmbudsmanReport report = new OmbudsmanReport(
                UUID.randomUUID(), kind, title.strip(), publishedOn, summary.strip(), address, clock.instant(), by);
        store.insert(report);
        return report;
    }

    public List<OmbudsmanReport> ombudsmanReports(ReportingYear year) {
        return store.ombudsmanReports(year.from(), year.to());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    private BoardReport content(AnnualReport report) {
        BoardReport kept = report.respondedTo();
        return kept != null ? kept : contents.of(report.year(), report.commentary(), today());
    }

    private AnnualReport report(ReportingYear year) {
        return store.find(year).orElse(AnnualReport.draft(year));
    }

    private AnnualReport current(ReportingYear year, @Nullable Long expectedVersion) {
        AnnualReport current = report(year);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion(expectedVersion, current.version());
        }
        return current;
    }

    private AnnualReport save(AnnualReport current, AnnualReport changed) {
        boolean isNew = store.find(current.year()).isEmpty();
        if (!store.save(changed, current.version(), isNew)) {
            throw new StaleVersion(current.version(), report(current.year()).version());
        }
        return report(current.year());
    }

    /** The one publication of a year's report is named by the year. */
    private static UUID sourceId(ReportingYear year) {
        return UUID.nameUUIDFromBytes(("annual-complaints-report-" + year).getBytes(StandardCharsets.UTF_8));
    }

    private static void text(List<InvalidInput.FieldError> errors, String field, String value, int max, String blank) {
        if (value.isBlank()) {
            errors.add(new InvalidInput.FieldError(field, blank));
        } else if (value.length() > max) {
            errors.add(new InvalidInput.FieldError(field, "must be at most " + max + " characters"));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(new InvalidInput.FieldError(field, "must not contain NUL characters"));
        }
    }
}
