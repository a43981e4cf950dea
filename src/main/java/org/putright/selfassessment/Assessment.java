package org.putright.selfassessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.putright.code.Edition;
import org.putright.code.EditionId;
import org.putright.code.ProvisionNumber;
import org.putright.system.problem.NotFound;

/**
 * A self-assessment against one edition of the Code for a period: one row per provision of the
 * edition, in the Code's order, with the landlord's answers.
 *
 * <p>Its life: started as a DRAFT (blank, or carried forward from the last one, so the landlord
 * reviews rather than retypes); completed provision by provision; APPROVED by the governing body,
 * which locks it (8.2); PUBLISHED on the reports page with the governing body's response. A
 * significant restructure (8.3) or the Ombudsman's request (8.4) calls for a new one.
 */
public record Assessment(
        UUID id,
        EditionId edition,
        AssessmentPeriod period,
        AssessmentStatus status,
        @Nullable UUID carriedFrom,
        List<ProvisionAssessment> provisions,
        @Nullable Approval approval,
        @Nullable UUID publication,
        Instant createdAt,
        String createdBy,
        long version) {

    public Assessment {
        provisions = List.copyOf(provisions);
    }

    /** A new assessment of every provision of the edition, carrying forward the answers of {@code earlier}. */
    static Assessment start(
            UUID id, Edition edition, AssessmentPeriod period, @Nullable Assessment earlier, Instant now, String by) {
        Map<ProvisionNumber, ProvisionAssessment> before = earlier == null
                ? Map.of()
                : earlier.provisions().stream()
                        .collect(Collectors.toMap(ProvisionAssessment::number, Function.identity()));
        List<ProvisionAssessment> rows = new ArrayList<>();
        // Carried forward only between the same edition: a provision number means something else
        // in another edition (2022's 5.x are 2024's 6.x).
        boolean sameEdition = earlier != null && earlier.edition().equals(edition.id());
        edition.provisions().forEach(provision -> {
            ProvisionAssessment blank = ProvisionAssessment.blank(provision);
            ProvisionAssessment previous = sameEdition ? before.get(provision.number()) : null;
            rows.add(previous == null ? blank : blank.carriedFrom(previous));
        });
        return new Assessment(
                id,
                edition.id(),
                period,
                AssessmentStatus.DRAFT,
                earlier == null ? null : earlier.id(),
                rows,
                null,
                null,
                now,
                by,
                0);
    }

    public ProvisionAssessment provision(ProvisionNumber number) {
        return provisions.stream()
                .filter(row -> row.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new NotFound("Provision", number + " of " + edition));
    }

    /** The provision's row with the landlord's new answer; refused once approved. */
    ProvisionAssessment answer(
            ProvisionNumber number, ProvisionAnswer answer, LocalDate today, Instant now, String by) {
        requireDraft();
        return provision(number).answer(answer, today, now, by);
    }

    /** Approved by the governing body: every provision must have an answer (the form is completed in full). */
    Assessment approve(Approval given) {
        requireDraft();
        List<String> unanswered = provisions.stream()
                .filter(row -> !row.answered())
                .map(row -> row.number().toString())
                .toList();
        if (!unanswered.isEmpty()) {
            throw new AssessmentIncomplete(
                    "self-assessment-incomplete",
                    unanswered.size() + " provisions have no answer; the governing body approves a completed form.",
                    unanswered);
        }
        return new Assessment(
                id,
                edition,
                period,
                AssessmentStatus.APPROVED,
                carriedFrom,
                provisions,
                given,
                null,
                createdAt,
                createdBy,
                version);
    }

    Assessment published(UUID document) {
        if (status != AssessmentStatus.APPROVED) {
            throw new AssessmentIncomplete(
                    status == AssessmentStatus.PUBLISHED ? "self-assessment-published" : "self-assessment-not-approved",
                    status == AssessmentStatus.PUBLISHED
                            ? "This self-assessment is already published."
                            : "Only a self-assessment the governing body has approved is published (8.2).",
                    List.of());
        }
        return new Assessment(
                id,
                edition,
                period,
                AssessmentStatus.PUBLISHED,
                carriedFrom,
                provisions,
                approval,
                document,
                createdAt,
                createdBy,
                version);
    }

    public boolean locked() {
        return status != AssessmentStatus.DRAFT;
    }

    private void requireDraft() {
        if (locked()) {
            throw new AssessmentLocked(id, status);
        }
    }
}
