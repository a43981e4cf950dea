package org.putright.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.putright.complaint.Complaint;
import org.putright.ombudsman.OmbudsmanCase;
import org.putright.ombudsman.OmbudsmanCases;
import org.putright.resident.Residents;
import org.putright.system.problem.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of a resident's personal data on request (UK GDPR Art. 17), where the law allows it. It
 * does not while the data is needed: a complaint still open (the record must be kept, 5.12), a
 * complaint within the retention period (kept for the Ombudsman and legal claims, Art. 17(3)(e)),
 * or a case with the Housing Ombudsman not yet determined. A refusal says which and until when;
 * both outcomes are kept in the audit trail.
 */
@Service
public class Erasure {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Residents residents;
    private final ResidentComplaints complaints;
    private final OmbudsmanCases ombudsman;
    private final PersonalDataRemoval removal;
    private final PrivacyStore store;
    private final Clock clock;

    Erasure(
            Residents residents,
            ResidentComplaints complaints,
            OmbudsmanCases ombudsman,
            PersonalDataRemoval removal,
            PrivacyStore store,
            Clock clock) {
        this.residents = residents;
        this.complaints = complaints;
        this.ombudsman = ombudsman;
        this.removal = removal;
        this.store = store;
        this.clock = clock;
    }

    /** Why the resident's data may not be erased now; empty when it may. */
    @Transactional(readOnly = true)
    public List<String> obstacles(UUID residentId) {
        residents.get(residentId);
        Instant now = clock.instant();
        RetentionPolicy policy = store.policy();
        List<String> obstacles = new ArrayList<>();
        for (Complaint complaint : complaints.of(residentId)) {
            String reference = complaint.reference().value();
            Optional<Instant> ended = complaint.endedAt();
            if (ended.isEmpty()) {
                obstacles.add(
                        "Complaint " + reference + " is open: its record must be kept while it is handled (5.12).");
            } else if (!policy.heldUntil(ended.get()).isBefore(now)) {
                obstacles.add("Complaint " + reference + " ended on " + DAY.format(ended.get())
                        + "; the retention policy keeps complaint records for " + policy.years()
                        + " years for the Housing Ombudsman and legal claims (UK GDPR Art. 17(3)(e)), until "
                        + DAY.format(policy.heldUntil(ended.get())) + ".");
            }
            for (OmbudsmanCase referral : ombudsman.ofComplaint(reference)) {
                if (!referral.isDetermined()) {
                    obstacles.add("Complaint " + reference + " is with the Housing Ombudsman (case "
                            + referral.hosReference() + "), not yet determined.");
                }
            }
        }
        return obstacles;
    }

    /**
     * Erases the resident's personal data, or refuses with a 409 problem naming every obstacle.
     * Either way the request is kept in the audit trail.
     */
    @Transactional(noRollbackFor = Conflict.class)
    public ErasureOutcome erase(UUID residentId, String by) {
        List<String> obstacles = obstacles(residentId);
        Instant now = clock.instant();
        if (!obstacles.isEmpty()) {
            store.audit(new AuditEntry(
                    UUID.randomUUID(),
                    now,
                    by,
                    AuditEntry.Action.ERASURE_REFUSED,
                    residentId,
                    null,
                    String.join(" ", obstacles)));
            throw new Conflict(
                    "erasure-refused",
                    "Erasure refused",
                    "The resident's personal data cannot be erased now. " + String.join(" ", obstacles));
        }
        String basis = "erasure requested by the resident (UK GDPR Art. 17)";
        List<String> anonymised = new ArrayList<>();
        for (Complaint complaint : complaints.of(residentId)) {
            removal.anonymiseComplaint(complaint.reference(), basis, by);
            anonymised.add(complaint.reference().value());
        }
        removal.anonymiseResident(residentId, basis, by);
        store.audit(new AuditEntry(
                UUID.randomUUID(),
                now,
                by,
                AuditEntry.Action.ERASURE_CARRIED_OUT,
                residentId,
                null,
                "Erased on request: the resident's details and " + anonymised.size() + " complaints' personal data"));
        return new ErasureOutcome(residentId, now, anonymised);
    }

    /** What an erasure did. */
    public record ErasureOutcome(UUID residentId, Instant erasedAt, List<String> complaintsAnonymised) {
        public ErasureOutcome {
            complaintsAnonymised = List.copyOf(complaintsAnonymised);
        }
    }
}
