package org.putright.selfassessment;

import static org.putright.system.pdf.XhtmlText.escape;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.code.Edition;
import org.putright.code.Obligation;
import org.putright.code.ProvisionNumber;
import org.putright.code.Section;
import org.putright.publication.Rendition;
import org.putright.settings.Settings;
import org.putright.system.document.WordDocument;
import org.putright.system.document.XhtmlDocument;
import org.putright.system.pdf.TaggedPdf;
import org.springframework.stereotype.Component;

/**
 * The assessment in the Ombudsman's form layout: section by section, a table of Code provision,
 * Code requirement, Comply, Evidence and Commentary / explanation, with the record's figures in the
 * evidence column and the compliance summary and the governing body's approval and response around
 * it. One layout, four formats: accessible HTML, tagged PDF (from the same XHTML), DOCX with real
 * headings and header rows, and the yes/no list as CSV.
 */
@Component
class AssessmentForm {

    static final String[] COLUMNS = {
        "Code provision", "Code requirement", "Comply", "Evidence", "Commentary / explanation"
    };

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Settings settings;

    AssessmentForm(Settings settings) {
        this.settings = settings;
    }

    /** An assessment with everything its form shows. */
    record Filled(
            Assessment assessment,
            Edition edition,
            Map<ProvisionNumber, List<SystemEvidence>> evidence,
            ComplianceSummary summary) {}

    static String title(Assessment assessment) {
        return "Self-assessment against the Complaint Handling Code (" + assessment.edition() + "), "
                + assessment.period().describe();
    }

    Rendition rendition(Filled filled, Instant at) {
        return new Rendition(html(filled, false), pdf(filled, at), docx(filled));
    }

    Export export(Filled filled, ExportFormat format, Instant at) {
        Assessment assessment = filled.assessment();
        String fileName = "self-assessment-" + assessment.edition().value().toLowerCase(Locale.ROOT) + "-"
                + assessment.period().start() + "-to-" + assessment.period().end() + "." + format.extension();
        byte[] content =
                switch (format) {
                    case HTML -> html(filled, false).getBytes(StandardCharsets.UTF_8);
                    case PDF -> pdf(filled, at);
                    case DOCX -> docx(filled);
                    case CSV -> csv(filled).getBytes(StandardCharsets.UTF_8);
                };
        return new Export(content, format.contentType(), fileName);
    }

    // ---------------------------------------------------------------- XHTML (web and PDF)

    /**
     * The form as one XHTML document. For the web the styles come from {@code /assets/report.css},
     * as the pages' content security policy allows no inline styles; the PDF renderer gets them
     * inline.
     */
    String html(Filled filled, boolean inlineStyles) {
        Assessment assessment = filled.assessment();
        String landlord = settings.current().name();
        String title = landlord + ": " + title(assessment);
        XhtmlDocument document = new XhtmlDocument(
                title,
                landlord,
                "Self-assessment against the Housing Ombudsman's Complaint Handling Code",
                inlineStyles);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        out.append("<p>")
                .append(escape(landlord))
                .append("'s self-assessment against the ")
                .append(escape(
                        filled.edition().publisher() + "'s " + filled.edition().title()))
                .append(" (")
                .append(escape(assessment.edition().value()))
                .append(") for ")
                .append(escape(assessment.period().describe()))
                .append(".</p>\n");
        out.append("<p>").append(escape(statusLine(assessment))).append("</p>\n");
        summaryTable(out, filled.summary());
        for (Section section : filled.edition().sections()) {
            sectionTable(out, filled, section);
        }
        Approval approval = assessment.approval();
        if (approval != null) {
            out.append("<h2>The governing body's response</h2>\n");
            paragraphs(out, approval.response());
        }
        return document.raw(out.toString())
                .paragraph("attribution", filled.edition().attribution())
                .finish();
    }

    private static String statusLine(Assessment assessment) {
        Approval approval = assessment.approval();
        if (approval == null) {
            return "Draft: not yet approved by the governing body.";
        }
        return "Approved by " + approval.body() + " on " + DAY.format(approval.approvedOn()) + " (minute "
                + approval.minuteReference() + ").";
    }

    private static void summaryTable(StringBuilder out, ComplianceSummary summary) {
        out.append("<h2>Compliance summary</h2>\n<table>\n<caption>Provisions complied with, by section</caption>\n");
        out.append("<thead><tr><th scope=\"col\">Section</th><th scope=\"col\">Provisions</th>"
                + "<th scope=\"col\">Compliant</th><th scope=\"col\">Partly</th><th scope=\"col\">Non-compliant</th>"
                + "<th scope=\"col\">Not applicable</th><th scope=\"col\">Not answered</th>"
                + "<th scope=\"col\">Compliant %</th></tr></thead>\n<tbody>\n");
        for (ComplianceSummary.Line line : summary.sections()) {
            summaryRow(out, line);
        }
        summaryRow(out, summary.overall());
        out.append("</tbody>\n</table>\n");
    }

    private static void summaryRow(StringBuilder out, ComplianceSummary.Line line) {
        out.append("<tr><th scope=\"row\">").append(escape(sectionName(line))).append("</th>");
        for (int value : new int[] {
            line.provisions(),
            line.compliant(),
            line.partly(),
            line.nonCompliant(),
            line.notApplicable(),
            line.unanswered()
        }) {
            out.append("<td>").append(value).append("</td>");
        }
        out.append("<td>").append(escape(percent(line.compliantPercent()))).append("</td></tr>\n");
    }

    static String sectionName(ComplianceSummary.Line line) {
        return line.section() == null ? line.title() : line.section() + ". " + line.title();
    }

    static String percent(@Nullable BigDecimal percent) {
        return percent == null ? "–" : percent + "%";
    }

    private static void sectionTable(StringBuilder out, Filled filled, Section section) {
        out.append("<h2>Section ")
                .append(section.number())
                .append(": ")
                .append(escape(section.title()))
                .append("</h2>\n<table>\n<caption>Section ")
                .append(section.number())
                .append(" provisions</caption>\n<thead><tr>");
        for (String column : COLUMNS) {
            out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ProvisionAssessment row : filled.assessment().provisions()) {
            if (row.number().section() != section.number()) {
                continue;
            }
            ProvisionAnswer answer = row.answer();
            out.append("<tr><th scope=\"row\">")
                    .append(escape(provisionLabel(row)))
                    .append("</th>");
            out.append("<td>");
            paragraphs(out, row.provision().requirement());
            out.append("</td><td>").append(escape(comply(answer))).append("</td><td>");
            if (answer.evidence() != null) {
                paragraphs(out, answer.evidence());
            }
            for (String link : answer.links()) {
                out.append("<p><a href=\"")
                        .append(escape(link))
                        .append("\">")
                        .append(escape(link))
                        .append("</a></p>");
            }
            for (SystemEvidence figure : filled.evidence().getOrDefault(row.number(), List.of())) {
                out.append("<p class=\"figure")
                        .append(figure.contradicts(answer.comply()) ? " contradicts" : "")
                        .append("\">")
                        .append(escape(figureLine(figure, answer.comply())))
                        .append("</p>");
            }
            out.append("</td><td>");
            if (answer.commentary() != null) {
                paragraphs(out, answer.commentary());
            }
            String action = actionLine(answer);
            if (action != null) {
                out.append("<p>").append(escape(action)).append("</p>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    static String provisionLabel(ProvisionAssessment row) {
        Obligation obligation = row.provision().obligation();
        return row.number()
                + (obligation == null ? "" : " (" + obligation.name().toLowerCase(Locale.ROOT) + ")");
    }

    static String comply(ProvisionAnswer answer) {
        return answer.comply() == null ? "Not answered" : answer.comply().label();
    }

    static String figureLine(SystemEvidence figure, @Nullable Comply comply) {
        return "From the record, as at " + DAY.format(figure.computedOn()) + ": " + figure.statement()
                + (figure.contradicts(comply) ? " This contradicts the answer \"Yes\"." : "");
    }

    static @Nullable String actionLine(ProvisionAnswer answer) {
        if (answer.action() == null) {
            return null;
        }
        return "Action: " + answer.action()
                + (answer.complyBy() == null ? "" : " To comply by " + DAY.format(answer.complyBy()) + ".");
    }

    private static void paragraphs(StringBuilder out, String text) {
        out.append(XhtmlDocument.paragraphsOf(text));
    }

    // ---------------------------------------------------------------- PDF

    byte[] pdf(Filled filled, Instant at) {
        return TaggedPdf.render(html(filled, true), at);
    }

    // ---------------------------------------------------------------- DOCX

    byte[] docx(Filled filled) {
        Assessment assessment = filled.assessment();
        String landlord = settings.current().name();
        try (WordDocument document = new WordDocument(landlord + ": " + title(assessment), landlord)) {
            document.heading(1, landlord + ": " + title(assessment));
            document.text(statusLine(assessment));
            document.heading(2, "Compliance summary");
            WordDocument.Table summary = document.table(
                    "Section",
                    "Provisions",
                    "Compliant",
                    "Partly",
                    "Non-compliant",
                    "Not applicable",
                    "Not answered",
                    "Compliant %");
            for (ComplianceSummary.Line line : filled.summary().sections()) {
                summaryRow(summary, line);
            }
            summaryRow(summary, filled.summary().overall());
            for (Section section : filled.edition().sections()) {
                document.heading(2, "Section " + section.number() + ": " + section.title());
                WordDocument.Table table = document.table(COLUMNS);
                for (ProvisionAssessment row : assessment.provisions()) {
                    if (row.number().section() != section.number()) {
                        continue;
                    }
                    ProvisionAnswer answer = row.answer();
                    StringBuilder evidence = new StringBuilder(answer.evidence() == null ? "" : answer.evidence());
                    answer.links().forEach(link -> evidence.append('\n').append(link));
                    filled.evidence().getOrDefault(row.number(), List.of()).forEach(figure -> evidence.append('\n')
                            .append(figureLine(figure, answer.comply())));
                    String action = actionLine(answer);
                    String commentary = (answer.commentary() == null ? "" : answer.commentary())
                            + (action == null ? "" : "\n" + action);
                    table.row(
                            provisionLabel(row),
                            row.provision().requirement(),
                            comply(answer),
                            evidence.toString().strip(),
                            commentary.strip());
                }
            }
            Approval approval = assessment.approval();
            if (approval != null) {
                document.heading(2, "The governing body's response");
                document.text(approval.response());
            }
            document.text(filled.edition().attribution());
            return document.bytes();
        }
    }

    private static void summaryRow(WordDocument.Table table, ComplianceSummary.Line line) {
        table.row(
                sectionName(line),
                String.valueOf(line.provisions()),
                String.valueOf(line.compliant()),
                String.valueOf(line.partly()),
                String.valueOf(line.nonCompliant()),
                String.valueOf(line.notApplicable()),
                String.valueOf(line.unanswered()),
                percent(line.compliantPercent()));
    }

    // ---------------------------------------------------------------- CSV

    /** The yes/no list of the Ombudsman's annual submission: one line per provision. */
    static String csv(Filled filled) {
        StringBuilder out = new StringBuilder("Code provision,Comply,Comply by\r\n");
        for (ProvisionAssessment row : filled.assessment().provisions()) {
            ProvisionAnswer answer = row.answer();
            out.append(row.number())
                    .append(',')
                    .append(comply(answer))
                    .append(',')
                    .append(answer.complyBy() == null ? "" : answer.complyBy().toString())
                    .append("\r\n");
        }
        return out.toString();
    }
}
