package org.putright.casework.web;

import org.putright.complaint.Deadlines;

/**
 * How the deadline now due stands, as a GOV.UK tag. The words carry the meaning; the colour only
 * repeats it, so nobody needs to tell colours apart (WCAG 1.4.1).
 */
enum DeadlineState {
    ON_TRACK("On track", "govuk-tag--green"),
    DUE_SOON("Due soon", "govuk-tag--yellow"),
    OVERDUE("Overdue", "govuk-tag--red"),
    NONE("Nothing due", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    DeadlineState(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    static DeadlineState of(Deadlines.State state) {
        return switch (state) {
            case ON_TRACK -> ON_TRACK;
            case DUE_SOON -> DUE_SOON;
            case OVERDUE -> OVERDUE;
            case NONE -> NONE;
        };
    }
}
