package org.putright.settings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.Division;
import org.putright.code.EditionId;

/** An administrator's change to the settings: any field left null stays as it is. */
public record SettingsChange(
        @Nullable String name,
        @Nullable Division division,
        @Nullable EditionId codeEdition,
        @Nullable String ombudsmanContact,
        @Nullable String primaryColour,
        @Nullable List<HomesCount> homesByReportingYear) {}
