package org.putright.staff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member of the landlord's staff.
 *
 * @param compensationLimit the largest financial remedy this person may offer without approval;
 *     null means no limit (the bootstrap administrator)
 */
public record StaffMember(
        Username username,
        String name,
        String email,
        Set<Role> roles,
        @Nullable BigDecimal compensationLimit,
        boolean enabled,
        boolean hasPassword,
        Instant createdAt,
        long version) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /** Whether this person may be named as a complaint's handler: enabled, and a handler or manager. */
    public boolean canHandleComplaints() {
        return enabled && (holds(Role.HANDLER) || holds(Role.MANAGER));
    }
}
