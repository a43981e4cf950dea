package org.putright.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.RecordIntegrity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the retention policy: every complaint that ended more than the policy's years ago
 * has its personal data anonymised, and so does its resident once none of their complaints is
 * still held (open, or ended within the period). Stage facts, dates, outcomes, categories and
 * amounts stay, so reports count these complaints as before.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 100;

    /** Who the record says carried out the policy when it runs on its schedule. */
    static final String SCHEDULE = "retention-policy";

    private final PrivacyStore store;
    private final RecordIntegrity integrity;
    private final Complaints complaints;
    private final ResidentComplaints residentComplaints;
    private final PersonalDataRemoval removal;
    private final Clock clock;

    Retention(
            PrivacyStore store,
            RecordIntegrity integrity,
            Complaints complaints,
            ResidentComplaints residentComplaints,
            PersonalDataRemoval removal,
            Clock clock) {
        this.store = store;
        this.integrity = integrity;
        this.complaints = complaints;
        this.residentComplaints = residentComplaints;
        this.removal = removal;
        this.clock = clock;
    }

    public RetentionPolicy policy() {
        return store.policy();
    }

    @Transactional
    public RetentionPolicy changePolicy(int years, String by) {
        RetentionPolicy.requireValid(years);
        RetentionPolicy before = store.policy();
        Instant now = clock.instant();
        store.savePolicy(years, now, by);
        store.audit(new AuditEntry(
                UUID.randomUUID(),
                now,
                by,
                AuditEntry.Action.RETENTION_POLICY_CHANGED,
                null,
                null,
                "Personal data kept " + years + " years after a complaint ends (was " + before.years() + ")"));
        return store.policy();
    }

    /** Anonymises everything past retention now; returns what it did. */
    public RetentionRun run(String by) {
        Instant now = clock.instant();
        RetentionPolicy policy = store.policy();
        Instant cutoff = policy.cutoff(now);
        String basis = "retention policy: ended more than " + policy.years() + " years ago";
        Set<ComplaintReference> anonymised = new LinkedHashSet<>();
        Set<UUID> residents = new LinkedHashSet<>();
        for (List<ComplaintReference> batch = integrity.endedBeforeWithPersonalText(cutoff, BATCH);
                !batch.isEmpty();
                batch = integrity.endedBeforeWithPersonalText(cutoff, BATCH)) {
            for (ComplaintReference reference : batch) {
                if (!anonymised.add(reference)) {
                    throw new IllegalStateException(
                            "Complaint " + reference + " still holds personal text after redaction");
                }
                removal.anonymiseComplaint(reference, basis, by);
                residents.add(complaints.get(reference).receipt().residentId());
            }
        }
        int residentsAnonymised = 0;
        for (UUID resident : residents) {
            if (residentComplaints.of(resident).stream().allMatch(complaint -> pastRetention(complaint, cutoff))) {
                removal.anonymiseResident(resident, basis, by);
                residentsAnonymised++;
            }
        }
        if (!anonymised.isEmpty()) {
            log.info(
                    "Retention policy ({} years): anonymised {} complaints and {} residents",
                    policy.years(),
                    anonymised.size(),
                    residentsAnonymised);
        }
        return new RetentionRun(
                now,
                policy.years(),
                cutoff,
                anonymised.stream().map(ComplaintReference::value).toList(),
                residentsAnonymised);
    }

    private static boolean pastRetention(Complaint complaint, Instant cutoff) {
        return complaint.endedAt().map(ended -> ended.isBefore(cutoff)).orElse(false);
    }

    /** What one run of the policy did. */
    public record RetentionRun(
            Instant ranAt, int years, Instant endedBefore, List<String> complaintsAnonymised, int residentsAnonymised) {
        public RetentionRun {
            complaintsAnonymised = List.copyOf(complaintsAnonymised);
        }
    }
}
