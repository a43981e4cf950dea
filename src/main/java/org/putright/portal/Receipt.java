package org.putright.portal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the resident is told once their complaint is received: its reference and when we will acknowledge it (6.2). */
public record Receipt(String reference, @Nullable LocalDate acknowledgeBy) {}
