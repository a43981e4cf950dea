package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A resident of one of the landlord's homes, with everything staff must keep in mind when dealing
 * with them.
 *
 * <p>A resident is recorded when staff add them or when a complaint arrives from someone not yet
 * known (matched by tenancy reference, then email). Their contact details and preferences change in
 * place, with a version for optimistic concurrency; the rest only grows. Reasonable adjustments and
 * disclosed disabilities are recorded with review dates and surface when due (5.10); vulnerability
 * flags tell handlers to take care; contact restrictions record an evidenced reason and a review
 * date (5.14) and never stop a complaint (5.15); representatives act with recorded authority (3.6).
 * Each of those is continued or ended by a {@link Review}, never edited, so the record shows what
 * applied on any day (5.12).
 */
public record Resident(
        UUID id,
        ResidentDetails details,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version,
        List<ReasonableAdjustment> adjustments,
        List<DisclosedDisability> disabilities,
        List<VulnerabilityFlag> vulnerabilities,
        List<ContactRestriction> restrictions,
        List<Representative> representatives) {

    public Resident {
        adjustments = List.copyOf(adjustments);
        disabilities = List.copyOf(disabilities);
        vulnerabilities = List.copyOf(vulnerabilities);
        restrictions = List.copyOf(restrictions);
        representatives = List.copyOf(representatives);
    }

    /** A resident just recorded, with nothing yet known about them beyond their details. */
    public static Resident recorded(UUID id, ResidentDetails details, Instant now, String by) {
        return new Resident(
                id, details.resolved(), now, by, now, by, 0, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String name() {
        return details.name();
    }

    /** How the resident wants to hear from the landlord; stored details always have one. */
    public ContactChannel preferredChannel() {
        return Objects.requireNonNullElse(details.preferredChannel(), ContactChannel.LETTER);
    }

    public CommunicationFormat preferredFormat() {
        return Objects.requireNonNullElse(details.preferredFormat(), CommunicationFormat.STANDARD);
    }

    /** Every adjustment, disability, flag and restriction, in that order. */
    public List<KeptUnderReview> keptUnderReview() {
        List<KeptUnderReview> all = new ArrayList<>();
        all.addAll(adjustments);
        all.addAll(disabilities);
        all.addAll(vulnerabilities);
        all.addAll(restrictions);
        return List.copyOf(all);
    }

    public Optional<KeptUnderReview> keptUnderReview(ReviewSubject subject, UUID id) {
        return keptUnderReview().stream()
                .filter(record -> record.subject() == subject && record.id().equals(id))
                .findFirst();
    }

    /** The records whose review date has come, earliest first. */
    public List<KeptUnderReview> dueForReviewOn(LocalDate today) {
        return keptUnderReview().stream()
                .filter(record -> record.dueForReviewOn(today))
                .sorted(Comparator.comparing(
                        record -> Objects.requireNonNull(record.nextReviewOn()), Comparator.naturalOrder()))
                .toList();
    }

    /** The restrictions that apply on {@code day}, for the complaint handler to see (5.15). */
    public List<ContactRestriction> restrictionsInForceOn(LocalDate day) {
        return restrictions.stream().filter(r -> r.inForceOn(day)).toList();
    }

    public Optional<Representative> representative(UUID id) {
        return representatives.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<Representative> representativesActingOn(LocalDate day) {
        return representatives.stream().filter(r -> r.actsOn(day)).toList();
    }

    /** A representative acting on {@code day} who matches {@code details}, most recently recorded first. */
    public Optional<Representative> representativeMatching(RepresentativeDetails details, LocalDate day) {
        return representatives.stream()
                .filter(r -> r.actsOn(day) && r.matches(details))
                .max(Comparator.comparing(Representative::recordedAt));
    }

    /** Whether two names are the same, whatever their case and spacing. */
    static boolean sameName(@Nullable String a, @Nullable String b) {
        return Fields.comparable(a).equals(Fields.comparable(b));
    }
}
