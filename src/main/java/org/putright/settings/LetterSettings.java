package org.putright.settings;

import org.jspecify.annotations.Nullable;

/**
 * What the landlord's letters need beyond its name and colour: its postal address, its logo's
 * alt text (the logo itself is read with {@link Settings#logo()}), the role that signs letters,
 * whether letters leave individual staff unnamed, and how residents ask for stage 2 (6.9 g).
 *
 * @param escalationWithinWorkingDays how many working days after a stage 1 response the resident
 *     has to ask for stage 2 under the landlord's policy; null when the policy sets no limit
 */
public record LetterSettings(
        @Nullable String address,
        String signatureRole,
        boolean doNotNameStaff,
        boolean hasLogo,
        @Nullable String logoAltText,
        String escalationHow,
        @Nullable Integer escalationWithinWorkingDays) {

    public static final String DEFAULT_SIGNATURE_ROLE = "Complaints Team";

    public static final String DEFAULT_ESCALATION_HOW = "reply to this letter, email us, phone us or tell any member"
            + " of our staff, quoting your complaint reference";

    public static final int DEFAULT_ESCALATION_WITHIN = 20;

    /** The alt text letters give the logo: the landlord's own, or "<name> logo". */
    public String logoAltTextOr(String landlordName) {
        return logoAltText == null || logoAltText.isBlank() ? landlordName + " logo" : logoAltText;
    }
}
