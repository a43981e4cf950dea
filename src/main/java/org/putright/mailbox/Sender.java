package org.putright.mailbox;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who a message is from: the address, and the name their mail program gave, if any. */
public record Sender(String address, @Nullable String name) {

    public Sender {
        address = address.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** The name to record a new resident under: their own, else their address. */
    public String displayName() {
        return name == null ? address : name;
    }

    public boolean hasAddress(@Nullable String other) {
        return other != null && other.strip().toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name == null ? address : name + " <" + address + ">";
    }
}
