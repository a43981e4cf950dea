package org.putright.code;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A deadline the Code sets: so many working days after an event, as the provision it cites says.
 *
 * @param note why the timescale reads the edition the way it does, where its wording leaves room
 *     (the 2022 Code, for example, sets no separate stage 2 acknowledgement timescale)
 */
public record Timescale(
        int workingDays,
        CountsFrom from,
        ProvisionNumber provision,
        @Nullable String note) {

    public Timescale {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a timescale of " + workingDays + " working days is not positive");
        }
        Objects.requireNonNull(from, "a timescale does not say what it counts from");
        Objects.requireNonNull(provision, "a timescale cites no provision");
        if (note != null && note.isBlank()) {
            throw new IllegalArgumentException("the timescale of provision " + provision + " has a blank note");
        }
    }
}
