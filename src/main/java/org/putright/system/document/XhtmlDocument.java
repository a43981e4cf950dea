package org.putright.system.document;

import static org.putright.system.pdf.XhtmlText.escape;

import java.util.List;

/**
 * A report as one XHTML document, for the web and, from the same markup, for a tagged PDF. For the
 * web the styles come from {@code /assets/report.css}, as the pages' content security policy allows
 * no inline styles; the PDF renderer gets them inline. Everything given as text is escaped; only
 * {@link #raw} takes markup.
 */
public final class XhtmlDocument {

    /** The styles of a printed report: A4 landscape, the font {@code TaggedPdf} embeds, bordered tables. */
    public static final String PRINT_STYLES = """
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35; color: #0b0c0c; }
            h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 18pt; page-break-after: avoid; }
            h3 { font-size: 11pt; margin-top: 12pt; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 12pt; }
            caption { text-align: left; font-weight: bold; padding: 4pt 0; }
            th, td { border: 1px solid #505a5f; padding: 4pt; vertical-align: top; text-align: left; }
            thead th { background: #f3f2f1; }
            tr { page-break-inside: avoid; }
            .figure { margin: 4pt 0 0 0; }
            .contradicts { font-weight: bold; }
            .attribution { font-size: 8pt; }
            @page { size: A4 landscape; margin: 15mm; }
            """;

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** A document with its title, author and subject in its head, styled for print or for the web. */
    public XhtmlDocument(String title, String author, String subject, boolean forPrint) {
        out.append(
                "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n");
        out.append("<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(escape(title))
                .append("</title>\n");
        out.append("<meta name=\"author\" content=\"").append(escape(author)).append("\"/>\n");
        out.append("<meta name=\"subject\" content=\"").append(escape(subject)).append("\"/>\n");
        if (forPrint) {
            out.append("<style>\n").append(PRINT_STYLES).append("</style>\n");
        } else {
            out.append("<link rel=\"stylesheet\" href=\"/assets/report.css\"/>\n");
        }
        out.append("</head>\n<body>\n");
    }

    public XhtmlDocument heading(int level, String text) {
        out.append("<h")
                .append(level)
                .append('>')
                .append(escape(text))
                .append("</h")
                .append(level)
                .append(">\n");
        return this;
    }

    /** Each non-blank line of {@code text} as a paragraph. */
    public XhtmlDocument paragraphs(String text) {
        out.append(paragraphsOf(text)).append('\n');
        return this;
    }

    /** A paragraph with a class, e.g. {@code attribution}. */
    public XhtmlDocument paragraph(String cssClass, String text) {
        out.append("<p class=\"")
                .append(escape(cssClass))
                .append("\">")
                .append(escape(text))
                .append("</p>\n");
        return this;
    }

    /** A captioned table; the first cell of each row heads it. */
    public XhtmlDocument table(String caption, List<String> columns, List<List<String>> rows) {
        out.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
        for (String column : columns) {
            out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                out.append('<')
                        .append(tag)
                        .append('>')
                        .append(escape(row.get(i)))
                        .append("</")
                        .append(i == 0 ? "th" : "td")
                        .append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return this;
    }

    /** Markup the caller has built and escaped itself. */
    public XhtmlDocument raw(String markup) {
        out.append(markup);
        return this;
    }

    /** The finished document. */
    public String finish() {
        return out + "</body>\n</html>\n";
    }

    /** Each non-blank line of {@code text} as an escaped paragraph. */
    public static String paragraphsOf(String text) {
        StringBuilder paragraphs = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraphs.append("<p>").append(escape(line.strip())).append("</p>");
            }
        }
        return paragraphs.toString();
    }
}
