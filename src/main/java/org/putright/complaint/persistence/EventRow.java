package org.putright.complaint.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.putright.complaint.ChainHashes;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.RecordedEvent;

/**
 * A recorded event as a row of {@code complaint_event}, chained to the entry before it (ADR 0011).
 * A step's save and the bulk import write events through here, so that both store and hash the
 * same values in the same order.
 *
 * @param values the row's values, in the order of {@link #COLUMNS}
 * @param chainHash this entry's link in the chain, which the next entry is hashed with
 */
record EventRow(List<Object> values, String chainHash) {

    static final String COLUMNS = "reference, sequence, event_type, occurred_at, recorded_at, recorded_by, payload,"
            + " content_hash, previous_hash, chain_hash";

    static EventRow of(ComplaintReference reference, RecordedEvent event, String previousChainHash) {
        Instant occurredAt = ChainHashes.stored(event.event().at());
        Instant recordedAt = ChainHashes.stored(event.recordedAt());
        String payload = EventCodec.write(event.event());
        EntryHashes hashes = EntryHashes.of(
                reference,
                event.sequence(),
                event.event().name(),
                occurredAt,
                recordedAt,
                event.by(),
                payload,
                previousChainHash);
        return new EventRow(
                Arrays.asList(
                        reference.value(),
                        event.sequence(),
                        event.event().name(),
                        Timestamp.from(occurredAt),
                        Timestamp.from(recordedAt),
                        event.by(),
                        payload,
                        hashes.content(),
                        hashes.previous(),
                        hashes.chain()),
                hashes.chain());
    }
}
