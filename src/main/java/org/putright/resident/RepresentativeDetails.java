package org.putright.resident;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Someone acting for a resident, as staff or the complaint intake describe them.
 *
 * @param relationship to the resident: "daughter", "MP", "advocate", "solicitor"
 * @param authority what consent or authority the resident gave and how it was given, e.g. "signed
 *     consent form received 2024-05-01"; required by 3.6, checked as a rule of the Code
 * @param authorityEvidencedAt when that authority was evidenced; null means now
 * @param expiresOn the last day the authority holds, when it is limited
 */
public record RepresentativeDetails(
        String name,
        String relationship,
        @Nullable String authority,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable Instant authorityEvidencedAt,
        @Nullable LocalDate expiresOn) {

    public static final int MAX_NAME = 200;
    public static final int MAX_RELATIONSHIP = 100;
    public static final int MAX_AUTHORITY = 2000;

    /** A representative as the complaint intake names them (API.md): name, relationship, authority. */
    public static RepresentativeDetails of(String name, String relationship, @Nullable String authority) {
        return new RepresentativeDetails(name, relationship, authority, null, null, null, null, null);
    }
}
