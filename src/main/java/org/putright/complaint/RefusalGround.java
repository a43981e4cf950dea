package org.putright.complaint;

/** The section 2 grounds on which a complaint, or an escalation (5.11), may be refused. */
public enum RefusalGround {
    OLDER_THAN_12_MONTHS,
    LEGAL_PROCEEDINGS,
    PREVIOUSLY_CONSIDERED,
    OTHER
}
