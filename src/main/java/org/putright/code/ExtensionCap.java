package org.putright.code;

import java.util.Objects;

/**
 * The most working days a stage's extensions may add up to without a recorded good reason.
 */
public record ExtensionCap(int workingDays, ProvisionNumber provision) {

    public ExtensionCap {
        if (workingDays < 1) {
            throw new IllegalArgumentException("an extension cap of " + workingDays + " working days is not positive");
        }
        Objects.requireNonNull(provision, "an extension cap cites no provision");
    }
}
