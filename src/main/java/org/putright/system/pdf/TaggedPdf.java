package org.putright.system.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders XHTML as a tagged, accessible PDF (PDF/UA: a structure tree with real headings and table
 * cells, the document's language and title, alt text for images) with DejaVu Sans embedded, as
 * PDF/UA requires. Letters and published reports both come through here.
 *
 * <p>The same XHTML and time always give the same bytes: the creation date and the document ID,
 * which PDFBox would otherwise take from the clock, come from the time given, so a stored document
 * can be rendered again and checked against its checksum. (A different version of the renderer or
 * the font could still change the bytes; the stored PDF is the record.)
 *
 * <p>The XHTML must name {@link #FONT} as its font family and carry {@code lang} and a
 * {@code title}; it may embed images only as {@code data:} URIs, since nothing is fetched.
 */
public final class TaggedPdf {

    /** The font family documents must use: the one embedded in every PDF. */
    public static final String FONT = "DejaVu Sans";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final byte[] ITALIC = font("DejaVuSans-Oblique.ttf");
    private static final byte[] BOLD_ITALIC = font("DejaVuSans-BoldOblique.ttf");

    static {
        // The renderer reports every page it lays out; only its warnings are worth a log line.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private TaggedPdf() {}

    public static byte[] render(String xhtml, Instant at) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Putright");
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC), FONT, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), FONT, 700, FontStyle.ITALIC, true);
        // A document carries everything it shows; nothing is fetched from anywhere.
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument document = renderer.getPdfDocument()) {
                Calendar calendar = GregorianCalendar.from(at.atZone(ZoneOffset.UTC));
                document.getDocumentInformation().setCreationDate(calendar);
                document.getDocumentInformation().setModificationDate(calendar);
                document.setDocumentId(at.toEpochMilli());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a document as PDF", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("The document font " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
