package org.putright.resident;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A resident as lists and searches show them: enough to tell two people apart. */
public record ResidentSummary(
        UUID id,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String postcode,
        @Nullable String tenancyReference) {}
