package org.putright.publication;

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
 * Renders a report's XHTML as a tagged, accessible PDF (PDF/UA: a structure tree with real
 * headings and table cells, the document's language and title) with DejaVu Sans embedded, the
 * same way letters are rendered (ADR 5). The creation date and document ID come from the time
 * given, not the clock, so the same report rendered for the same moment gives the same bytes.
 *
 * <p>The XHTML must name {@link #FONT} as its font family and carry {@code lang} and a
 * {@code title}; PDF/UA needs both.
 */
public final class ReportPdf {

    /** The font family report documents must use: the one embedded in every PDF. */
    public static final String FONT = "DejaVu Sans";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private ReportPdf() {}

    public static byte[] render(String xhtml, Instant at) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Putright");
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
        // A report carries everything it shows; nothing is fetched from anywhere.
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
            throw new UncheckedIOException("Could not render a report as PDF", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
