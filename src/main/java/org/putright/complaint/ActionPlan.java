package org.putright.complaint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An outstanding action as planned in a response: what, who owns it, by when. */
public record ActionPlan(
        String description,
        @Nullable String owner,
        @Nullable LocalDate dueBy) {}
