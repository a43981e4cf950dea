package org.putright.complaint;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a complaint's record is as it was recorded (5.12): every entry whose content, place or
 * presence no longer matches the hash chain, and the entries the retention policy redacted (which
 * verify, but whose personal text is gone).
 *
 * @param head the chain hash of the last entry: one value that stands for the whole record
 */
public record TimelineIntegrity(
        ComplaintReference reference,
        int entries,
        List<Finding> findings,
        List<Integer> redacted,
        @Nullable String head) {

    public TimelineIntegrity {
        findings = List.copyOf(findings);
        redacted = List.copyOf(redacted);
    }

    public boolean intact() {
        return findings.isEmpty();
    }

    /** One entry that fails the check, and how. */
    public record Finding(int sequence, Kind kind, String explanation) {}

    /** How an entry fails the check. */
    public enum Kind {
        /** Its content (or its hashes) changed since it was recorded. */
        ALTERED,
        /** It was recorded at another place in the record. */
        REORDERED,
        /** It is missing. */
        REMOVED
    }
}
