package org.putright.selfassessment;

/** The forms an assessment is exported in. */
public enum ExportFormat {
    /** The Ombudsman's form layout as an accessible web page. */
    HTML("text/html;charset=UTF-8", "html"),
    /** The same, as a tagged PDF (PDF/UA). */
    PDF("application/pdf", "pdf"),
    /** The same, as a Word document landlords can edit and file with board papers. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** The yes/no list, provision by provision, for the Ombudsman's annual submission. */
    CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
