package org.putright.boardreport;

import static org.putright.boardreport.Figures.day;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.putright.publication.Rendition;
import org.putright.settings.Settings;
import org.putright.system.document.DocumentFormat;
import org.putright.system.document.Download;
import org.putright.system.document.WordDocument;
import org.putright.system.document.XhtmlDocument;
import org.putright.system.pdf.TaggedPdf;
import org.springframework.stereotype.Component;

/**
 * A board report in the formats it is read in: accessible HTML, a tagged PDF from the same XHTML,
 * and DOCX, with the governing body's response after it when there is one (8.2). The same report
 * and time always give the same document.
 */
@Component
class BoardReportDocument {

    private static final String SUBJECT = "Complaint handling under the Housing Ombudsman's Complaint Handling Code";

    private final Settings settings;

    BoardReportDocument(Settings settings) {
        this.settings = settings;
    }

    Download download(
            BoardReport report,
            @Nullable GoverningBodyResponse response,
            DocumentFormat format,
            String fileStem,
            Instant at) {
        byte[] content =
                switch (format) {
                    case HTML -> html(report, response, false).getBytes(StandardCharsets.UTF_8);
                    case PDF -> pdf(report, response, at);
                    case DOCX -> docx(report, response);
                };
        return new Download(content, format.contentType(), fileStem + "." + format.extension());
    }

    Rendition rendition(BoardReport report, GoverningBodyResponse response, Instant at) {
        return new Rendition(html(report, response, false), pdf(report, response, at), docx(report, response));
    }

    String html(BoardReport report, @Nullable GoverningBodyResponse response, boolean forPrint) {
        XhtmlDocument document =
                new XhtmlDocument(report.title(), settings.current().name(), SUBJECT, forPrint);
        document.heading(1, report.title());
        document.paragraphs(introduction(report));
        for (BoardReport.Part part : report.parts()) {
            document.heading(2, part.title());
            part.paragraphs().forEach(document::paragraphs);
            for (FigureTable table : part.tables()) {
                document.table(table.caption(), table.columns(), table.rows());
            }
        }
        if (response != null) {
            document.heading(2, responseHeading());
            document.paragraphs(responseLine(response));
            document.paragraphs(response.response());
        }
        return document.finish();
    }

    byte[] pdf(BoardReport report, @Nullable GoverningBodyResponse response, Instant at) {
        return TaggedPdf.render(html(report, response, true), at);
    }

    byte[] docx(BoardReport report, @Nullable GoverningBodyResponse response) {
        try (WordDocument document =
                new WordDocument(report.title(), settings.current().name())) {
            document.heading(1, report.title());
            document.text(introduction(report));
            for (BoardReport.Part part : report.parts()) {
                document.heading(2, part.title());
                part.paragraphs().forEach(document::text);
                for (FigureTable table : part.tables()) {
                    document.table(table.caption(), table.columns(), table.rows());
                }
            }
            if (response != null) {
                document.heading(2, responseHeading());
                document.text(responseLine(response));
                document.text(response.response());
            }
            return document.bytes();
        }
    }

    static String introduction(BoardReport report) {
        return "For " + day(report.from()) + " to " + day(report.to()) + ", from the complaints record as at "
                + day(report.asAt()) + ". Days are Europe/London days; a period includes both its first and its last"
                + " day. Percentages are rounded half-up to one decimal place.";
    }

    static String responseHeading() {
        return "8.2: The governing body's response";
    }

    static String responseLine(GoverningBodyResponse response) {
        return "Given by " + response.body() + " on " + day(response.respondedOn()) + " (minute "
                + response.minuteReference() + ").";
    }
}
