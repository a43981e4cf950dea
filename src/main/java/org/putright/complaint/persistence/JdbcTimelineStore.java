package org.putright.complaint.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ChainHashes;
import org.putright.complaint.ComplaintEvent.PersonalDataRedacted;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.TimelineEntry;
import org.putright.complaint.TimelineStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTimelineStore implements TimelineStore {

    private static final String REDACTED_TYPE = PersonalDataRedacted.class.getSimpleName();

    private final JdbcClient jdbc;

    JdbcTimelineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> entries(ComplaintReference reference) {
        return jdbc.sql("""
                        select sequence, event_type, occurred_at, recorded_at, recorded_by, payload,
                               content_hash, previous_hash, chain_hash, redacted_at
                          from complaint_event where reference = :reference order by sequence
                        """)
                .param("reference", reference.value())
                .query(JdbcTimelineStore::entry)
                .list();
    }

    @Override
    public OptionalInt recordedEntries(ComplaintReference reference) {
        return jdbc.sql("select version from complaint where reference = :reference")
                .param("reference", reference.value())
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    @Override
    public List<ComplaintReference> references(String after, int limit) {
        return jdbc.sql("select reference from complaint where reference > :after order by reference limit :limit")
                .param("after", after)
                .param("limit", limit)
                .query((rs, row) -> new ComplaintReference(rs.getString("reference")))
                .list();
    }

    @Override
    public int chainUnchained(int limit) {
        List<String> unchained =
                jdbc.sql("""
                        select distinct reference from complaint_event where chain_hash is null
                         order by reference limit :limit
                        """).param("limit", limit).query(String.class).list();
        unchained.forEach(reference -> chain(new ComplaintReference(reference)));
        return unchained.size();
    }

    /**
     * The chain hash of entry {@code sequence}, chaining the complaint first if it was recorded
     * before the chain existed (a step can come before the start-up backfill reaches it).
     */
    String chainHashOf(ComplaintReference reference, int sequence) {
        if (sequence == 0) {
            return ChainHashes.GENESIS;
        }
        String hash = storedChainHash(reference, sequence);
        if (hash == null) {
            chain(reference);
            hash = storedChainHash(reference, sequence);
        }
        if (hash == null) {
            throw new IllegalStateException("Entry " + sequence + " of " + reference + " is not on the record");
        }
        return hash;
    }

    private @Nullable String storedChainHash(ComplaintReference reference, int sequence) {
        return jdbc.sql("select chain_hash from complaint_event where reference = :reference and sequence = :sequence")
                .param("reference", reference.value())
                .param("sequence", sequence)
                .query((rs, row) -> rs.getString("chain_hash"))
                .optional()
                .orElse(null);
    }

    /** Hashes, in order, the entries of a complaint that have no hashes yet, from its chain so far. */
    private void chain(ComplaintReference reference) {
        String previous = ChainHashes.GENESIS;
        for (TimelineEntry entry : entries(reference)) {
            if (entry.chainHash() != null) {
                previous = entry.chainHash();
                continue;
            }
            EntryHashes hashes = EntryHashes.of(
                    reference,
                    entry.sequence(),
                    entry.type(),
                    entry.occurredAt(),
                    entry.recordedAt(),
                    entry.recordedBy(),
                    entry.payload(),
                    previous);
            jdbc.sql("""
                            update complaint_event set content_hash = :content, previous_hash = :previous,
                                   chain_hash = :chain
                             where reference = :reference and sequence = :sequence and chain_hash is null
                            """)
                    .param("content", hashes.content())
                    .param("previous", hashes.previous())
                    .param("chain", hashes.chain())
                    .param("reference", reference.value())
                    .param("sequence", entry.sequence())
                    .update();
            previous = hashes.chain();
        }
    }

    @Override
    public List<ComplaintReference> endedBeforeWithPersonalText(Instant cutoff, int limit) {
        return jdbc.sql("""
                        select c.reference from complaint c
                         where c.status in ('CLOSED', 'REFUSED', 'WITHDRAWN')
                           and (select max(e.occurred_at) from complaint_event e
                                 where e.reference = c.reference
                                   and e.event_type in ('ComplaintClosed', 'ComplaintRefused', 'ComplaintWithdrawn'))
                               < :cutoff
                           and not exists (select 1 from complaint_event last_entry
                                 where last_entry.reference = c.reference and last_entry.sequence = c.version
                                   and last_entry.event_type = :redacted)
                         order by c.reference limit :limit
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("redacted", REDACTED_TYPE)
                .param("limit", limit)
                .query((rs, row) -> new ComplaintReference(rs.getString("reference")))
                .list();
    }

    @Override
    public List<Integer> redactPersonalText(ComplaintReference reference, Instant at) {
        List<Integer> redacted = new ArrayList<>();
        for (TimelineEntry entry : entries(reference)) {
            if (entry.redactedAt() != null || REDACTED_TYPE.equals(entry.type())) {
                continue;
            }
            String payload = PersonalText.redact(entry.payload());
            if (payload.equals(entry.payload())) {
                continue;
            }
            jdbc.sql("""
                            update complaint_event set payload = :payload, redacted_at = :at
                             where reference = :reference and sequence = :sequence
                            """)
                    .param("payload", payload)
                    .param("at", Timestamp.from(at))
                    .param("reference", reference.value())
                    .param("sequence", entry.sequence())
                    .update();
            redacted.add(entry.sequence());
        }
        return redacted;
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("event_type");
        String payload = rs.getString("payload");
        Timestamp redactedAt = rs.getTimestamp("redacted_at");
        return new TimelineEntry(
                rs.getInt("sequence"),
                type,
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                payload,
                rs.getString("content_hash"),
                rs.getString("previous_hash"),
                rs.getString("chain_hash"),
                redactedAt == null ? null : redactedAt.toInstant(),
                REDACTED_TYPE.equals(type) ? redactedEntries(payload) : List.of());
    }

    /** The entries a redaction entry lists; none when its payload no longer reads (the check then fails it). */
    private static List<Integer> redactedEntries(String payload) {
        try {
            return ((PersonalDataRedacted) EventCodec.read(REDACTED_TYPE, payload)).entries();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }
}
