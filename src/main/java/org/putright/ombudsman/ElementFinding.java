package org.putright.ombudsman;

/** The finding on one element of the complaint as the Ombudsman framed it, e.g. "the landlord's handling of the damp". */
public record ElementFinding(String element, OmbudsmanFinding finding) {

    public static final int MAX_ELEMENT = 500;

    public ElementFinding {
        if (element.isBlank() || element.length() > MAX_ELEMENT) {
            throw new IllegalArgumentException("An element is named in 1 to " + MAX_ELEMENT + " characters");
        }
    }
}
