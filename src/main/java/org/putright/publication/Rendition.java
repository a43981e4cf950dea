package org.putright.publication;

/** One document in the three formats it is published in. */
public record Rendition(String html, byte[] pdf, byte[] docx) {

    public Rendition {
        if (html.isBlank() || pdf.length == 0 || docx.length == 0) {
            throw new IllegalArgumentException("a published document needs its HTML, PDF and DOCX");
        }
    }
}
