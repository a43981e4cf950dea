package org.putright.demo;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A resident of the demo landlord as the complaint stories need them.
 *
 * @param representative who acts for them, when someone does (3.6)
 * @param frequent one of the few residents who complain more often than most
 */
record DemoResident(UUID id, String name, @Nullable Acting representative, boolean frequent) {

    /** A representative the resident has appointed, and what they are to the resident. */
    record Acting(UUID id, String name, String relationship) {}
}
