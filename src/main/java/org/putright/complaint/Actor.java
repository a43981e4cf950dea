package org.putright.complaint;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The member of staff (or, for a resident's own request, the resident) taking a step.
 *
 * @param compensationLimit the largest financial remedy they may agree alone; null for no limit
 */
public record Actor(String username, @Nullable BigDecimal compensationLimit) {

    public static Actor resident() {
        return new Actor("resident", BigDecimal.ZERO);
    }

    boolean mayAgree(BigDecimal amount) {
        return compensationLimit == null || compensationLimit.compareTo(amount) >= 0;
    }
}
