package org.putright.migration;

import java.util.List;
import java.util.Set;

/**
 * The columns of an import file, as {@code docs/import.md} documents them. The header row names
 * them in any order; the required ones must be there, and a column Putright does not know is
 * refused rather than silently ignored (it is most likely a misspelling).
 */
public final class ImportLayout {

    /** Every column, in the order Putright writes them. */
    public static final List<String> COLUMNS = List.of(
            "legacy_reference",
            "resident_reference",
            "resident_name",
            "resident_email",
            "resident_phone",
            "resident_address",
            "resident_postcode",
            "received_at",
            "channel",
            "category",
            "description",
            "issue_first_known_on",
            "outcome_sought",
            "discretion_reason",
            "refused_at",
            "refusal_ground",
            "refusal_reasons",
            "acknowledged_at",
            "handler",
            "extensions",
            "responded_at",
            "outcome",
            "response_reasons",
            "remedies",
            "escalated_at",
            "escalation_reason",
            "stage2_refused_at",
            "stage2_refusal_ground",
            "stage2_refusal_reasons",
            "stage2_acknowledged_at",
            "stage2_handler",
            "stage2_extensions",
            "stage2_responded_at",
            "stage2_outcome",
            "stage2_response_reasons",
            "stage2_remedies",
            "withdrawn_at",
            "closed_at");

    /** The columns every file must have. */
    public static final Set<String> REQUIRED =
            Set.of("legacy_reference", "resident_reference", "resident_name", "received_at", "channel", "description");

    /** Separates the items of a list column (extensions, remedies). */
    public static final String ITEM_SEPARATOR = ";";

    /** Separates the parts of one item. */
    public static final String PART_SEPARATOR = "|";

    private ImportLayout() {}
}
