package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order, recommendation or complaint handling failure order, with its due date and evidence of compliance. */
public record OmbudsmanOrder(
        UUID id,
        OrderKind kind,
        String description,
        LocalDate madeOn,
        LocalDate dueOn,
        @Nullable Compliance compliance) {

    public static final int MAX_DESCRIPTION = 2000;

    public boolean isComplied() {
        return compliance != null;
    }

    /** Complied with by the end of {@code day}. */
    public boolean compliedBy(LocalDate day) {
        return compliance != null && !compliance.compliedOn().isAfter(day);
    }

    /** Not complied with by the end of {@code day}, and due before it: complying on the due day is on time. */
    public boolean isOverdueOn(LocalDate day) {
        return !madeOn.isAfter(day) && day.isAfter(dueOn) && !compliedBy(day);
    }

    OmbudsmanOrder complied(Compliance evidence) {
        return new OmbudsmanOrder(id, kind, description, madeOn, dueOn, evidence);
    }
}
