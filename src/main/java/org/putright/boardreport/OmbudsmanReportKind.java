package org.putright.boardreport;

/** What the Ombudsman published about the landlord, as the annual report sorts it (8.1e, 8.1f). */
public enum OmbudsmanReportKind {
    /** The Ombudsman's annual report or letter about the landlord's performance (8.1e). */
    ANNUAL_PERFORMANCE("8.1e", "Annual report about the landlord's performance"),
    /** Any other report or publication by the Ombudsman about the landlord's work (8.1f). */
    OTHER("8.1f", "Other report or publication about the landlord's work");

    private final String provision;
    private final String description;

    OmbudsmanReportKind(String provision, String description) {
        this.provision = provision;
        this.description = description;
    }

    public String provision() {
        return provision;
    }

    public String description() {
        return description;
    }
}
