package org.putright.code;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One numbered requirement of the Code, with its text as the Ombudsman publishes it.
 *
 * @param obligation whether the provision is a "must" or a "should"; null in editions, like 2024,
 *     that do not classify their provisions
 */
public record Provision(
        ProvisionNumber number,
        String requirement,
        @Nullable Obligation obligation) {

    public Provision {
        Objects.requireNonNull(number, "a provision has no number");
        if (requirement == null || requirement.isBlank()) {
            throw new IllegalArgumentException("provision " + number + " has no requirement text");
        }
    }
}
