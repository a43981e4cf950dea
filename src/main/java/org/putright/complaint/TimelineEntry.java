package org.putright.complaint;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a complaint's record exactly as stored, with its hashes: what the integrity check
 * recomputes and compares. {@code redactedAt} is set when the retention policy replaced the
 * entry's personal text (its content hash is then the one recorded before); {@code redacts} lists,
 * for an entry recording a redaction, the entries it redacted.
 */
public record TimelineEntry(
        int sequence,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String recordedBy,
        String payload,
        @Nullable String contentHash,
        @Nullable String previousHash,
        @Nullable String chainHash,
        @Nullable Instant redactedAt,
        List<Integer> redacts) {

    public TimelineEntry {
        redacts = List.copyOf(redacts);
    }

    /** The content hash this entry's stored fields add up to now. */
    String recomputedContentHash(ComplaintReference reference) {
        return ChainHashes.contentOf(reference, type, occurredAt, recordedAt, recordedBy, payload);
    }
}
