package org.putright.selfassessment;

/** The landlord's answer to "Comply?" on the Ombudsman's form. */
public enum Comply {
    YES("Yes"),
    NO("No"),
    PARTLY("Partly"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Comply(String label) {
        this.label = label;
    }

    /** As the form prints it. */
    public String label() {
        return label;
    }

    /** Whether the landlord must say what it will do and by when (the form's "where not compliant"). */
    public boolean needsAction() {
        return this == NO || this == PARTLY;
    }
}
