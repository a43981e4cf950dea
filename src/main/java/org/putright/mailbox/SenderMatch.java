package org.putright.mailbox;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Party;
import org.putright.resident.Resident;
import org.putright.resident.ResidentSummary;

/** Who a message is from, as the record knows them. */
public final class SenderMatch {

    private SenderMatch() {}

    /**
     * The known resident a new complaint by email is from: the one resident with the sender's
     * address; where several share it (joint tenants), the one with the sender's name, else the
     * first by name, so the same sender is always matched the same way. Empty when no resident has
     * the address, and the sender is then recorded as a new resident.
     */
    public static Optional<ResidentSummary> resident(List<ResidentSummary> withSenderAddress, Sender sender) {
        List<ResidentSummary> candidates = withSenderAddress.stream()
                .filter(candidate -> sender.hasAddress(candidate.email()))
                .sorted(Comparator.comparing(ResidentSummary::name).thenComparing(ResidentSummary::id))
                .toList();
        if (candidates.size() <= 1 || sender.name() == null) {
            return candidates.stream().findFirst();
        }
        String name = normalised(sender.displayName());
        return candidates.stream()
                .filter(candidate -> normalised(candidate.name()).equals(name))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /**
     * Who wrote, on a complaint's record: a representative of the resident when the address is
     * one of theirs (3.6), otherwise the resident. A reply quoting the reference from an address
     * the record does not know is most often the resident writing from another account; the
     * correspondence keeps the sender's address, so staff can see who it really was.
     */
    public static Party party(Sender sender, Resident resident) {
        boolean representative =
                resident.representatives().stream().anyMatch(candidate -> sender.hasAddress(candidate.email()));
        return representative ? Party.REPRESENTATIVE : Party.RESIDENT;
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
