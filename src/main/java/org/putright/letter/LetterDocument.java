package org.putright.letter;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.settings.LandlordSettings;
import org.putright.settings.Logo;
import org.putright.system.pdf.TaggedPdf;

/**
 * The whole letter as one accessible XHTML document, the same for the HTML and the PDF: language
 * {@code en-GB}, a title, the landlord's letterhead with the logo's alt text, the recipient's
 * address, the date and reference, the letter's one h1, then the body from the template. Large
 * print sets body text at 16pt (standard letters 12pt). The logo is embedded as a data URI, so
 * the stored document needs nothing else to render again.
 */
final class LetterDocument {

    static final String FONT = TaggedPdf.FONT;

    private LetterDocument() {}

    static String html(LetterContent content, String body, LandlordSettings settings, @Nullable Logo logo) {
        Recipient recipient = content.recipient();
        String title = content.title() + " (" + content.reference() + ")";
        StringBuilder out = new StringBuilder(body.length() + 4096);
        out.append("<!DOCTYPE html>\n");
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n<head>\n");
        out.append("<meta charset=\"UTF-8\"/>\n");
        out.append("<title>").append(Xhtml.escape(title)).append("</title>\n");
        out.append("<meta name=\"author\" content=\"")
                .append(Xhtml.escape(settings.name()))
                .append("\"/>\n");
        out.append("<meta name=\"subject\" content=\"")
                .append(Xhtml.escape("A letter from " + settings.name() + " to " + recipient.name()
                        + " about complaint " + content.reference()))
                .append("\"/>\n");
        out.append("<style>\n")
                .append(css(settings.primaryColour(), recipient.largePrint(), content.reference()))
                .append("</style>\n");
        out.append("</head>\n<body class=\"")
                .append(recipient.largePrint() ? "large-print" : "standard")
                .append("\">\n");
        out.append("<div class=\"letterhead\">");
        if (logo != null) {
            out.append("<img class=\"logo\" src=\"data:")
                    .append(logo.contentType())
                    .append(";base64,")
                    .append(Base64.getEncoder().encodeToString(logo.content()))
                    .append("\" alt=\"")
                    .append(Xhtml.escape(settings.letters().logoAltTextOr(settings.name())))
                    .append("\"/>");
        }
        List<String> sender = new ArrayList<>();
        sender.add(settings.name());
        if (settings.letters().address() != null) {
            sender.addAll(List.of(settings.letters().address().split("\\R")));
        }
        Xhtml.lines(out, sender, "lines sender");
        out.append("</div>\n");
        List<String> to = new ArrayList<>();
        to.add(recipient.name());
        if (recipient.address() != null) {
            to.addAll(List.of(recipient.address().split("\\R")));
        } else if (recipient.email() != null) {
            to.add(recipient.email());
        }
        Xhtml.lines(out, to, "lines recipient");
        Xhtml.lines(
                out,
                List.of("Date: " + content.text(LetterContent.Text.DATE), "Our reference: " + content.reference()),
                "lines meta");
        out.append("\n<h1>").append(Xhtml.escape(content.title())).append("</h1>\n");
        out.append(body).append("\n</body>\n</html>\n");
        return out.toString();
    }

    private static String css(String colour, boolean largePrint, String reference) {
        return """
                @page { size: A4; margin: 20mm 20mm 22mm 20mm;
                        @bottom-center { content: "%s, page " counter(page) " of " counter(pages);
                                         font-family: '%s', sans-serif; font-size: 9pt; color: #505a5f; } }
                body { font-family: '%s', sans-serif; font-size: %s; line-height: 1.45; color: #0b0c0c;
                       margin: 0 auto; max-width: 48em; }
                h1 { font-size: 1.45em; font-weight: bold; margin: 1em 0 0.6em 0; padding-bottom: 0.2em;
                     border-bottom: 3px solid %s; }
                h2 { font-size: 1.2em; font-weight: bold; margin: 1.1em 0 0.35em 0; }
                h3 { font-size: 1.05em; font-weight: bold; margin: 0.9em 0 0.3em 0; }
                h2, h3 { page-break-after: avoid; -fs-page-break-min-height: 3cm; }
                li, .lines { page-break-inside: avoid; }
                p { margin: 0 0 0.6em 0; }
                ul, ol { margin: 0 0 0.6em 0; padding-left: 1.5em; }
                li { margin: 0 0 0.35em 0; }
                .letterhead { margin-bottom: 1.2em; }
                .logo { max-height: 22mm; max-width: 70mm; }
                .sender { text-align: right; }
                .recipient { margin-top: 0.5em; }
                .meta { margin-top: 1em; }
                """.formatted(reference, FONT, FONT, largePrint ? "16pt" : "12pt", colour);
    }
}
