package org.putright.resident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A restriction on contact as staff record it. The reason, its evidence and the review date are
 * checked as rules of the Code (5.14) rather than as missing fields.
 *
 * @param reason why the restriction is needed: the behaviour it responds to
 * @param evidence where the evidence for that reason is, such as incident reports or call records
 * @param scope what the restriction is, e.g. "contact only by email to the complaints team"
 * @param equalityConsiderations how the Equality Act 2010 was taken into account (5.15)
 * @param startsOn null means today
 */
public record NewRestriction(
        @Nullable String reason,
        @Nullable String evidence,
        String scope,
        @Nullable String equalityConsiderations,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate reviewOn) {}
