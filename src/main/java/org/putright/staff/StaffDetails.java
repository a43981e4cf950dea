package org.putright.staff;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator sets when adding or changing a member of staff. */
public record StaffDetails(
        String name,
        String email,
        Set<Role> roles,
        @Nullable BigDecimal compensationLimit,
        boolean enabled) {

    public StaffDetails {
        roles = Set.copyOf(roles);
    }
}
