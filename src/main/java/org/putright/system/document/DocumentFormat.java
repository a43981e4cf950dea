package org.putright.system.document;

import java.util.Locale;
import org.putright.system.problem.InvalidInput;

/** The formats a report is downloaded and published in. */
public enum DocumentFormat {
    /** An accessible web page. */
    HTML("text/html;charset=UTF-8", "html"),
    /** The same, as a tagged PDF (PDF/UA). */
    PDF("application/pdf", "pdf"),
    /** The same, as a Word document to edit and file with board papers. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code html}, {@code pdf} or {@code docx}, in any case; anything else is a 400 naming the field. */
    public static DocumentFormat parse(String field, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be one of html, pdf, docx");
        }
    }
}
