package org.putright.ombudsman;

import org.jspecify.annotations.Nullable;

/**
 * Which cases to list: those of one complaint, those determined or not, those with a finding, those
 * with an order or recommendation overdue today; any filter left null does not narrow the list.
 */
public record OmbudsmanCaseQuery(
        @Nullable String complaintReference,
        @Nullable Boolean determined,
        @Nullable OmbudsmanFinding finding,
        boolean overdueOnly,
        int page,
        int size) {}
