package org.putright.selfassessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.putright.code.ProvisionNumber;

/**
 * One provision compared across two assessments: its answer in each, and what changed. A provision
 * only one of them has (they are of different editions) shows null for the other.
 */
public record ProvisionChange(
        ProvisionNumber number,
        @Nullable ProvisionAnswer before,
        @Nullable ProvisionAnswer after,
        boolean complyChanged,
        boolean evidenceChanged,
        boolean commentaryChanged) {

    static ProvisionChange of(
            ProvisionNumber number, @Nullable ProvisionAnswer before, @Nullable ProvisionAnswer after) {
        if (before == null || after == null) {
            return new ProvisionChange(number, before, after, true, true, true);
        }
        return new ProvisionChange(
                number,
                before,
                after,
                before.comply() != after.comply(),
                !Objects.equals(before.evidence(), after.evidence())
                        || !before.links().equals(after.links()),
                !Objects.equals(before.commentary(), after.commentary()));
    }

    public boolean changed() {
        return complyChanged || evidenceChanged || commentaryChanged;
    }
}
