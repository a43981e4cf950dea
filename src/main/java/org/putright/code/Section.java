package org.putright.code;

import java.util.List;
import java.util.Objects;

/** A numbered section of the Code and its provisions, in the Code's order. */
public record Section(int number, String title, List<Provision> provisions) {

    public Section {
        if (number < 1) {
            throw new IllegalArgumentException("section number " + number + " is not positive");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("section " + number + " has no title");
        }
        Objects.requireNonNull(provisions, () -> "section " + number + " has no provisions");
        provisions = List.copyOf(provisions);
        if (provisions.isEmpty()) {
            throw new IllegalArgumentException("section " + number + " has no provisions");
        }
        for (Provision provision : provisions) {
            if (provision.number().section() != number) {
                throw new IllegalArgumentException(
                        "section " + number + " lists provision " + provision.number() + " of another section");
            }
        }
    }
}
