package org.putright.complaint;

import java.util.List;

/** The decision on a complaint, which follows from the findings on its points (6.7, 6.18). */
public enum Decision {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD;

    static Decision from(List<Finding> findings) {
        long upheld = findings.stream().filter(Finding::upheld).count();
        if (upheld == findings.size()) {
            return UPHELD;
        }
        return upheld == 0 ? NOT_UPHELD : PARTLY_UPHELD;
    }

    /** As letters state it. */
    public String inWords() {
        return switch (this) {
            case UPHELD -> "upheld";
            case PARTLY_UPHELD -> "partly upheld";
            case NOT_UPHELD -> "not upheld";
        };
    }
}
