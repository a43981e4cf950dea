package org.putright.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A remedy as offered in a response, before it is recorded. */
public record RemedyOffer(
        RemedyType type,
        String description,
        @Nullable BigDecimal amount,
        @Nullable LocalDate dueBy) {}
