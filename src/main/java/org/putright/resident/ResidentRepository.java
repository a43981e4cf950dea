package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    boolean exists(UUID id);

    List<ResidentSummary> withTenancyReference(String tenancyReference);

    /** Residents with this email address, whatever its case. */
    List<ResidentSummary> withEmail(String email);

    /**
     * Residents whose name, postcode, tenancy reference or email contains {@code text}, ignoring
     * case (and spaces, for postcodes); everyone when it is empty. Ordered by name.
     */
    ResidentPage search(String text, int page, int size);

    void insertAdjustment(UUID residentId, ReasonableAdjustment adjustment);

    void insertDisability(UUID residentId, DisclosedDisability disability);

    void insertVulnerability(UUID residentId, VulnerabilityFlag flag);

    void insertRestriction(UUID residentId, ContactRestriction restriction);

    void insertRepresentative(Representative representative);

    void insertReview(UUID residentId, ReviewSubject subject, UUID recordId, Review review);

    /** Every active record, of every resident, whose current review date is on or before {@code day}. */
    List<DueReview> dueForReview(LocalDate day);
}
