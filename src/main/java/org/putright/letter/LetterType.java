package org.putright.letter;

import static org.putright.code.CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION;
import static org.putright.code.CodeRule.EXTENSION_WITHOUT_OMBUDSMAN_CONTACT;
import static org.putright.code.CodeRule.EXTENSION_WITHOUT_REASON;
import static org.putright.code.CodeRule.LETTER_INCOMPLETE;
import static org.putright.code.CodeRule.REFUSAL_WITHOUT_REASONS;
import static org.putright.code.CodeRule.RESPONSIBILITY_UNCLEAR;
import static org.putright.code.CodeRule.UPDATE_INTERVAL_NOT_AGREED;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeRule;

/**
 * The letters the Code requires (API.md names them), each with the items it cannot be issued
 * without and the rule of the Code that requires each one. Items a to g of a response (6.9,
 * 6.19) are its {@link Requirement#label() labels}.
 */
public enum LetterType {
    ACKNOWLEDGEMENT(
            List.of(
                    new Requirement(LetterItem.DEFINITION, null, ACKNOWLEDGEMENT_WITHOUT_DEFINITION),
                    new Requirement(LetterItem.RESPONSIBILITY, null, RESPONSIBILITY_UNCLEAR)),
            List.of(LetterItem.RESPONSE_DATE, LetterItem.HANDLER, LetterItem.SIGNATURE)),
    CLARIFICATION(
            // 5.6: "If any aspect of the complaint is unclear, the resident must be asked for clarification."
            List.of(new Requirement(LetterItem.QUESTION, null, ACKNOWLEDGEMENT_WITHOUT_DEFINITION)),
            List.of(LetterItem.SIGNATURE)),
    EXTENSION(
            List.of(
                    new Requirement(LetterItem.EXTENSION_REASON, null, EXTENSION_WITHOUT_REASON),
                    // 6.4, 6.15: "inform the resident of the expected timescale for response".
                    new Requirement(LetterItem.RESPONSE_DATE, null, EXTENSION_WITHOUT_REASON),
                    new Requirement(LetterItem.OMBUDSMAN_CONTACT, null, EXTENSION_WITHOUT_OMBUDSMAN_CONTACT)),
            List.of(LetterItem.SIGNATURE)),
    RESPONSE(
            List.of(
                    new Requirement(LetterItem.STAGE, "a", LETTER_INCOMPLETE),
                    new Requirement(LetterItem.DEFINITION, "b", LETTER_INCOMPLETE),
                    new Requirement(LetterItem.DECISION, "c", LETTER_INCOMPLETE),
                    new Requirement(LetterItem.REASONS, "d", LETTER_INCOMPLETE),
                    new Requirement(LetterItem.REMEDY, "e", LETTER_INCOMPLETE),
                    new Requirement(LetterItem.OUTSTANDING_ACTIONS, "f", LETTER_INCOMPLETE),
                    new Requirement(LetterItem.ESCALATION, "g", LETTER_INCOMPLETE)),
            List.of(LetterItem.SIGNATURE)),
    REFUSAL(
            List.of(
                    new Requirement(LetterItem.REFUSAL_REASONS, null, REFUSAL_WITHOUT_REASONS),
                    new Requirement(LetterItem.OMBUDSMAN_RIGHT, null, REFUSAL_WITHOUT_REASONS)),
            List.of(LetterItem.SIGNATURE)),
    ESCALATION_REFUSAL(
            List.of(
                    new Requirement(LetterItem.REFUSAL_REASONS, null, REFUSAL_WITHOUT_REASONS),
                    new Requirement(LetterItem.OMBUDSMAN_RIGHT, null, REFUSAL_WITHOUT_REASONS)),
            List.of(LetterItem.SIGNATURE)),
    UPDATE(
            List.of(new Requirement(LetterItem.PROGRESS, null, UPDATE_INTERVAL_NOT_AGREED)),
            List.of(LetterItem.RESPONSE_DATE, LetterItem.SIGNATURE));

    private final List<Requirement> requirements;
    private final List<LetterItem> optional;

    LetterType(List<Requirement> requirements, List<LetterItem> optional) {
        this.requirements = requirements;
        this.optional = optional;
    }

    /** The items the letter cannot be issued without. */
    public List<Requirement> requirements() {
        return requirements;
    }

    public Optional<Requirement> requirement(LetterItem item) {
        return requirements.stream().filter(r -> r.item() == item).findFirst();
    }

    /** Every item a template of this type may place: the required ones, then the optional ones. */
    public List<LetterItem> items() {
        return java.util.stream.Stream.concat(requirements.stream().map(Requirement::item), optional.stream())
                .toList();
    }

    /** The letter's heading, which is also its document title. */
    public String title(int stage) {
        return switch (this) {
            case ACKNOWLEDGEMENT -> "We have received your stage " + stage + " complaint";
            case CLARIFICATION -> "We need more information about your complaint";
            case EXTENSION -> "We need more time to respond to your complaint";
            case RESPONSE ->
                stage == 1 ? "Our stage 1 response to your complaint" : "Our final response to your complaint";
            case REFUSAL -> "Our decision not to take on your complaint";
            case ESCALATION_REFUSAL -> "Our decision not to take your complaint to stage 2";
            case UPDATE -> "An update on your complaint";
        };
    }

    /** The letter's name in words, for messages: "stage 1 response letter". */
    public String inWords(int stage) {
        return switch (this) {
            case ACKNOWLEDGEMENT -> "stage " + stage + " acknowledgement letter";
            case CLARIFICATION -> "clarification letter";
            case EXTENSION -> "stage " + stage + " extension letter";
            case RESPONSE -> "stage " + stage + " response letter";
            case REFUSAL -> "refusal letter";
            case ESCALATION_REFUSAL -> "escalation refusal letter";
            case UPDATE -> "update letter";
        };
    }

    /**
     * An item a letter of this type must carry, and the rule of the Code that requires it.
     *
     * @param label the item's letter in the Code's list (a to g of 6.9 and 6.19), if it has one
     */
    public record Requirement(LetterItem item, @Nullable String label, CodeRule rule) {

        /** "item e: the details of any remedy offered to put things right". */
        public String inWords() {
            return label == null ? item.description() : "item " + label + ": " + item.description();
        }
    }
}
