package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where residents and the records about them are kept. Records are only ever added. */
public interface ResidentRepository {

    void insert(Resident resident);

    /** Saves changed details; false when {@code expectedVersion} is no longer current. */
    boolean update(UUID id, ResidentDetails details, long expectedVersion, Instant at, String by);

    /**
     * Marks the resident as changed because a record about them is being added, holding them
     * until the transaction ends so that two people reviewing the same record take turns; false
     * when there is no such resident.
     */
    boolean touch(UUID id, Instant at, String by);

    Optional<Resident> find(UUID id);

    /**
     * Replaces the resident's name, contact details and every free-text record about them
     * (adjustments, disabilities, vulnerabilities, restrictions, reviews, representatives) with a
     * marker, keeping dates, kinds and identifiers (retention or lawful erasure).
     */
    void anonymise(UUID id, Instant at, String by);

    boolean exists(UUID id);

    /**
     * The residents with this tenancy reference, and those with this email address whatever its
     * case, each oldest first, read together: a complaint's resident is looked for by both.
     */
    Matches matching(@Nullable String tenancyReference, @Nullable String email);

    /** Who a tenancy reference and an email address match, each list oldest first. */
    record Matches(List<ResidentSummary> byTenancyReference, List<ResidentSummary> byEmail) {}

    /** Residents with this email address, whatever its case. */
    List<ResidentSummary> withEmail(String email);

    /**
     * Residents whose name, postcode, tenancy reference or email contains {@code text}, ignoring
     * case (and spaces, for postcodes); everyone when it is empty. Ordered by name.
     */
    ResidentPage search(String text, int page, int size);

    /** The names of these residents, by id, in one query; unknown ids are left out. */
    java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids);

    void insertAdjustment(UUID residentId, ReasonableAdjustment adjustment);

    void insertDisability(UUID residentId, DisclosedDisability disability);

    void insertVulnerability(UUID residentId, VulnerabilityFlag flag);

    void insertRestriction(UUID residentId, ContactRestriction restriction);

    void insertRepresentative(Representative representative);

    void insertReview(UUID residentId, ReviewSubject subject, UUID recordId, Review review);

    /** Every active record, of every resident, whose current review date is on or before {@code day}. */
    List<DueReview> dueForReview(LocalDate day);

    /** Inserts many new residents at once, as {@link #insert} does one. */
    void insertAll(List<Resident> residents);

    /** The ids of residents with these tenancy references, by tenancy reference and lower-cased name. */
    Map<HistoricKey, UUID> withTenancyReferences(Collection<String> tenancyReferences);

    /** A resident as a previous system knows them: their tenancy reference and name, lower-cased. */
    record HistoricKey(String tenancyReference, String name) {
        public static HistoricKey of(String tenancyReference, String name) {
            return new HistoricKey(tenancyReference, name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
