package org.putright.settings;

/** The homes a landlord owns or manages in one reporting year. */
public record HomesCount(ReportingYear reportingYear, int homes) {

    public HomesCount {
        if (homes < 1) {
            throw new IllegalArgumentException("A landlord has at least one home");
        }
    }
}
