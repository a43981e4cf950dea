package org.putright.complaint.persistence;

import java.time.Instant;
import org.putright.complaint.ChainHashes;
import org.putright.complaint.ComplaintReference;

/** The three hashes stored with an entry of the record. */
record EntryHashes(String content, String previous, String chain) {

    static EntryHashes of(
            ComplaintReference reference,
            int sequence,
            String type,
            Instant occurredAt,
            Instant recordedAt,
            String recordedBy,
            String payload,
            String previous) {
        String content = ChainHashes.contentOf(reference, type, occurredAt, recordedAt, recordedBy, payload);
        return new EntryHashes(content, previous, ChainHashes.chainOf(previous, sequence, content));
    }
}
