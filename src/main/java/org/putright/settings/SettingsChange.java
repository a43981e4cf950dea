package org.putright.settings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.Division;
import org.putright.code.EditionId;

/**
 * An administrator's change to the settings: any field left null stays as it is. An optional
 * text field given as blank is cleared ({@code address}, {@code logoAltText}); {@code
 * escalationWithinWorkingDays} 0 means the policy sets no time limit.
 */
public record SettingsChange(
        @Nullable String name,
        @Nullable Division division,
        @Nullable EditionId codeEdition,
        @Nullable String ombudsmanContact,
        @Nullable String primaryColour,
        @Nullable List<HomesCount> homesByReportingYear,
        @Nullable String address,
        @Nullable String signatureRole,
        @Nullable Boolean doNotNameStaff,
        @Nullable String logoAltText,
        @Nullable String escalationHow,
        @Nullable Integer escalationWithinWorkingDays) {

    /** A change to the settings letters do not use. */
    public SettingsChange(
            @Nullable String name,
            @Nullable Division division,
            @Nullable EditionId codeEdition,
            @Nullable String ombudsmanContact,
            @Nullable String primaryColour,
            @Nullable List<HomesCount> homesByReportingYear) {
        this(
                name,
                division,
                codeEdition,
                ombudsmanContact,
                primaryColour,
                homesByReportingYear,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
