package org.putright.publication;

/** The kinds of document a landlord publishes under the Code. */
public enum ReportKind {
    /** The annual self-assessment against the Code, with the governing body's response (8.2, 8.3). */
    SELF_ASSESSMENT("Self-assessment against the Complaint Handling Code"),
    /** The annual complaints performance and service improvement report (8.1). */
    ANNUAL_REPORT("Annual complaints performance and service improvement report");

    private final String description;

    ReportKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
