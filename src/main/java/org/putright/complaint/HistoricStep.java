package org.putright.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a complaint before Putright kept its record, as a landlord's previous
 * system has it: taken into the record with its own date by {@link Complaint#fromHistory}. Unlike
 * a step taken now, a historic step is never refused for how well the landlord kept to the Code
 * at the time (a late extension, a stage 2 handler who was not independent): that is what the
 * reports must show. It is refused only when the record could not be true: out of the lifecycle's
 * order, out of time order, in the future, or missing what the record needs to mean anything.
 */
public sealed interface HistoricStep {

    /** When it happened. */
    Instant at();

    /** The complaint, or at stage 2 the escalation, refused on a section 2 ground (2.1–2.4, 5.11). */
    record Refused(Instant at, RefusalGround ground, String reasons, String by) implements HistoricStep {}

    /** The stage acknowledged and defined (6.2, 6.11, 5.6), with whoever handled it. */
    record Acknowledged(
            Instant at,
            String handler,
            Definition definition,
            @Nullable String discretionReason) implements HistoricStep {}

    /** The open stage's response extended, told to the resident at {@code at} (6.4, 6.15). */
    record Extended(
            Instant at,
            int workingDays,
            String reason,
            @Nullable String goodReason,
            String by) implements HistoricStep {}

    /**
     * The open stage answered with its decision, the reasons the previous system kept, and the
     * remedies offered (7.1–7.3). Every point of the definition is given the decision's finding.
     */
    record Responded(Instant at, String by, Decision decision, String reasons, List<HistoricRemedy> remedies)
            implements HistoricStep {
        public Responded {
            remedies = List.copyOf(remedies);
        }
    }

    /** The resident asked for stage 2 (6.10–6.12). */
    record Escalated(Instant at, @Nullable String residentReason) implements HistoricStep {}

    /** The resident withdrew the complaint. */
    record Withdrawn(Instant at, String note) implements HistoricStep {}

    /** The complaint closed after a response. */
    record Closed(Instant at, String note) implements HistoricStep {}

    /** A remedy offered in the response of {@code stage} (the {@code index}th, from 0) carried out (7.3). */
    record RemedyCarriedOut(Instant at, int stage, int index) implements HistoricStep {}

    /** A remedy as the previous system recorded it; a financial one has its amount. */
    record HistoricRemedy(
            RemedyType type,
            String description,
            @Nullable BigDecimal amount,
            @Nullable LocalDate dueBy) {}
}
