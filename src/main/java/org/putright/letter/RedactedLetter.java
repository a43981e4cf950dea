package org.putright.letter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.putright.system.pdf.TaggedPdf;
import org.putright.system.pdf.XhtmlText;

/** What stands in a letter's place once its content is removed: which letter it was, and why it went. */
final class RedactedLetter {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private RedactedLetter() {}

    static String xhtml(Letter letter, String basis, Instant at) {
        String title = "Letter removed: "
                + letter.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " letter on complaint "
                + letter.reference();
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">
                <head><meta charset="UTF-8" /><title>%s</title>
                <style>body { font-family: '%s'; font-size: 12pt; }</style></head>
                <body><h1>%s</h1>
                <p>This letter was issued on %s. Its content and the recipient's details were removed on %s: %s.</p>
                <p>The SHA-256 of the letter as issued was %s.</p>
                </body></html>
                """.formatted(
                        XhtmlText.escape(title),
                        TaggedPdf.FONT,
                        XhtmlText.escape(title),
                        DAY.format(letter.issuedAt()),
                        DAY.format(at),
                        XhtmlText.escape(basis),
                        letter.sha256());
    }
}
