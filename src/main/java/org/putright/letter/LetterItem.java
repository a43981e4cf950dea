package org.putright.letter;

import java.util.Arrays;
import java.util.Optional;

/**
 * A named part of a letter: what a section of the letter is there to say. Templates place each
 * item with {@code pr:item="<name>"}; the letter's content supplies it from the record.
 */
public enum LetterItem {
    STAGE("stage", "the complaint stage"),
    DEFINITION("definition", "the complaint definition"),
    DECISION("decision", "the decision on the complaint"),
    REASONS("reasons", "the reasons for any decisions made"),
    REMEDY("remedy", "the details of any remedy offered to put things right"),
    OUTSTANDING_ACTIONS("outstanding-actions", "details of any outstanding actions"),
    ESCALATION("escalation", "details of how to escalate the matter"),
    RESPONSIBILITY("responsibility", "what we are and are not responsible for, and who is"),
    RESPONSE_DATE("response-date", "the date of our response"),
    HANDLER("handler", "who is handling the complaint"),
    QUESTION("question", "what we need the resident to clarify"),
    EXTENSION_REASON("extension-reason", "the reason the response needs more time"),
    OMBUDSMAN_CONTACT("ombudsman", "the Housing Ombudsman's contact details"),
    REFUSAL_REASONS("refusal-reasons", "the reasons for the decision"),
    OMBUDSMAN_RIGHT("ombudsman-right", "the right to take the decision to the Housing Ombudsman"),
    PROGRESS("progress", "the update on the complaint"),
    SIGNATURE("signature", "who signs the letter");

    private final String placeholder;
    private final String description;

    LetterItem(String placeholder, String description) {
        this.placeholder = placeholder;
        this.description = description;
    }

    /** The name templates use: {@code pr:item="remedy"}. */
    public String placeholder() {
        return placeholder;
    }

    public String description() {
        return description;
    }

    public static Optional<LetterItem> byPlaceholder(String name) {
        return Arrays.stream(values())
                .filter(item -> item.placeholder.equals(name))
                .findFirst();
    }
}
