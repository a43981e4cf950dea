package org.putright.letter;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.resident.Representative;
import org.putright.resident.Resident;

/**
 * Who a letter goes to and how: the representative acting for the resident on the day, when the
 * complaint was made through one (1.3, 3.6), otherwise the resident; in the resident's preferred
 * format (5.10), which is an adjustment for the resident whoever reads the letter first.
 *
 * @param onBehalfOf the resident's name when the letter goes to their representative
 */
public record Recipient(
        String name,
        @Nullable String address,
        @Nullable String email,
        ContactChannel channel,
        CommunicationFormat format,
        @Nullable String onBehalfOf) {

    /** The person a complaint's letters go to on {@code day}. */
    public static Recipient of(Resident resident, @Nullable UUID representativeId, LocalDate day) {
        var details = resident.details();
        String residentAddress = joined(details.address(), details.postcode());
        Representative representative = representativeId == null
                ? null
                : resident.representative(representativeId)
                        .filter(candidate -> candidate.actsOn(day))
                        .orElse(null);
        if (representative == null) {
            return new Recipient(
                    resident.name(),
                    residentAddress,
                    details.email(),
                    resident.preferredChannel(),
                    resident.preferredFormat(),
                    null);
        }
        return new Recipient(
                representative.name(),
                representative.address(),
                representative.email(),
                channelFor(representative, resident.preferredChannel()),
                resident.preferredFormat(),
                resident.name());
    }

    public boolean largePrint() {
        return format == CommunicationFormat.LARGE_PRINT;
    }

    public boolean isRepresentative() {
        return onBehalfOf != null;
    }

    /** The resident's preferred channel where the representative can be reached by it. */
    private static ContactChannel channelFor(Representative representative, ContactChannel preferred) {
        boolean reachable =
                switch (preferred) {
                    case EMAIL -> representative.email() != null;
                    case PHONE -> representative.phone() != null;
                    case LETTER -> representative.address() != null;
                    case WEB -> true;
                };
        if (reachable) {
            return preferred;
        }
        if (representative.email() != null) {
            return ContactChannel.EMAIL;
        }
        return ContactChannel.LETTER;
    }

    private static @Nullable String joined(@Nullable String address, @Nullable String postcode) {
        if (address == null) {
            return postcode;
        }
        return postcode == null || address.contains(postcode) ? address : address + "\n" + postcode;
    }
}
