package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.putright.complaint.ActionPlan;
import org.putright.system.pdf.TaggedPdf;

class LetterPdfTest {

    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void theSameDocumentAndIssueTimeGiveTheSameBytes() {
        String html = responseLetterHtml();

        byte[] first = TaggedPdf.render(html, LetterFixtures.instant("2024-06-21T12:00:00+01:00"));
        byte[] again = TaggedPdf.render(html, LetterFixtures.instant("2024-06-21T12:00:00+01:00"));

        assertThat(again).isEqualTo(first);
        assertThat(Letters.sha256(again)).isEqualTo(Letters.sha256(first));
    }

    @Test
    void theLetterIsATaggedPdfInBritishEnglishWithItsTitleAndRealHeadings() throws IOException {
        byte[] pdf = TaggedPdf.render(responseLetterHtml(), LetterFixtures.instant("2024-06-21T12:00:00+01:00"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Our stage 1 response to your complaint (CMP-2024-000001)");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(structureTypes(catalog.getStructureTreeRoot())).contains("H1", "H2", "L", "LI", "P");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("We have partly upheld your complaint", "0300 111 3000", "£250.00");
        }
    }

    private String responseLetterHtml() {
        var complaint = LetterFixtures.responded(
                List.of(LetterFixtures.payment("250", "2024-07-05")),
                List.of(new ActionPlan("Replace the boiler", "hana", java.time.LocalDate.parse("2024-08-30"))));
        var event = complaint.record().getLast().event();
        LetterContent content = LetterFixtures.writer(false)
                .write(complaint, event, LetterFixtures.ADA, "hana")
                .orElseThrow();
        var body = renderer.render(LetterTemplates.defaultText(LetterType.RESPONSE), content);
        return LetterDocument.html(content, body.xhtml(), LetterFixtures.landlord(), null);
    }

    private static List<String> structureTypes(PDStructureNode node) {
        List<String> types = new java.util.ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }
}
