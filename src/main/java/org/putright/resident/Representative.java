package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

/**
 * A person acting for a resident: a relative, an advocate, a solicitor, an MP (1.3, 3.6). They act
 * only with the resident's authority, recorded with how it was given, so that letters and personal
 * details go only to the right people. Authority may be limited in time; after its last day the
 * representative no longer acts, and a fresh authority is a new record.
 */
public record Representative(
        UUID id,
        UUID residentId,
        String name,
        String relationship,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        String authority,
        Instant authorityEvidencedAt,
        @Nullable LocalDate expiresOn,
        Instant recordedAt,
        String recordedBy) {

    /** Records a representative, refusing one whose authority is not stated (3.6). */
    public static Representative appoint(
            UUID id, UUID residentId, RepresentativeDetails details, Instant now, String by) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String name = Fields.tidyOrEmpty(details.name());
        String relationship = Fields.tidyOrEmpty(details.relationship());
        String email = Fields.tidy(details.email());
        String phone = Fields.tidy(details.phone());
        String address = Fields.tidy(details.address());
        Fields.required(errors, "name", name);
        Fields.limit(errors, "name", name, RepresentativeDetails.MAX_NAME);
        Fields.required(errors, "relationship", relationship);
        Fields.limit(errors, "relationship", relationship, RepresentativeDetails.MAX_RELATIONSHIP);
        Fields.limit(errors, "authority", details.authority(), RepresentativeDetails.MAX_AUTHORITY);
        Fields.limit(errors, "email", email, ResidentDetails.MAX_EMAIL);
        Fields.limit(errors, "phone", phone, ResidentDetails.MAX_PHONE);
        Fields.limit(errors, "address", address, ResidentDetails.MAX_ADDRESS);
        Fields.throwIfAny(errors);
        String authority = Fields.tidy(details.authority());
        if (authority == null) {
            throw new RuleBroken(
                    CodeRule.REPRESENTATIVE_WITHOUT_AUTHORITY,
                    "Record what authority the resident gave " + name + " to act for them, and how it was given.");
        }
        Instant evidencedAt = RecordedTime.happened(details.authorityEvidencedAt(), now, "authorityEvidencedAt");
        LocalDate expiresOn = RecordedTime.plausible(details.expiresOn(), "expiresOn");
        if (expiresOn != null && expiresOn.isBefore(RecordedTime.dayOf(evidencedAt))) {
            throw new RuleBroken(
                    RecordRule.TIME_ORDER,
                    "The authority cannot expire, on " + expiresOn + ", before it was evidenced, on "
                            + RecordedTime.dayOf(evidencedAt) + ".");
        }
        return new Representative(
                id, residentId, name, relationship, email, phone, address, authority, evidencedAt, expiresOn, now, by);
    }

    /** Whether the representative's authority holds on {@code day}. */
    public boolean actsOn(LocalDate day) {
        return expiresOn == null || !day.isAfter(expiresOn);
    }

    /**
     * Whether these are the same person with the same authority as {@code details} describe,
     * whatever the case and spacing; the complaint intake reuses such a record rather than adding a
     * duplicate.
     */
    public boolean matches(RepresentativeDetails details) {
        return Fields.comparable(name).equals(Fields.comparable(details.name()))
                && Fields.comparable(relationship).equals(Fields.comparable(details.relationship()))
                && Fields.comparable(authority).equals(Fields.comparable(details.authority()));
    }
}
