package org.putright.publication.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.putright.publication.Publications;
import org.putright.publication.PublishedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The landlord's public reports page: everything it has published under the Code, readable by
 * anyone without signing in (8.3: the self-assessment is published on the landlord's website).
 */
@Controller
class ReportsPage {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Publications publications;

    ReportsPage(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/reports")
    String list(Model model) {
        model.addAttribute("documents", publications.all().stream().map(Row::of).toList());
        return "reports/list";
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<String> html(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(publications.html(id));
    }

    @GetMapping("/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        PublishedDocument document = publications.get(id);
        return download(publications.pdf(id), MediaType.APPLICATION_PDF, fileName(document, "pdf"));
    }

    @GetMapping("/reports/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        PublishedDocument document = publications.get(id);
        return download(publications.docx(id), DOCX, fileName(document, "docx"));
    }

    /** One published document as the page shows it, with its dates written out. */
    record Row(UUID id, String title, String period, String published) {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

        static Row of(PublishedDocument document) {
            return new Row(
                    document.id(),
                    document.title(),
                    DAY.format(document.periodStart()) + " to " + DAY.format(document.periodEnd()),
                    DAY.format(document.publishedAt().atZone(ZoneId.of("Europe/London"))));
        }
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(content);
    }

    private static String fileName(PublishedDocument document, String extension) {
        return document.kind().name().toLowerCase().replace('_', '-') + "-" + document.periodStart() + "-to-"
                + document.periodEnd() + "." + extension;
    }
}
