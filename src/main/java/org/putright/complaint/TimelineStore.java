package org.putright.complaint;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/** The stored record with its hash chain, as the integrity check and redaction need it. */
public interface TimelineStore {

    /** Every stored entry of the complaint, by sequence, exactly as stored. */
    List<TimelineEntry> entries(ComplaintReference reference);

    /** How many entries the complaint's summary says it has; empty when there is no such complaint. */
    OptionalInt recordedEntries(ComplaintReference reference);

    /** Up to {@code limit} complaint references after {@code after} (exclusive), in order. */
    List<ComplaintReference> references(String after, int limit);

    /**
     * Hashes the entries of up to {@code limit} complaints recorded before the chain existed.
     *
     * @return how many complaints it chained; 0 when none is left
     */
    int chainUnchained(int limit);

    /**
     * Up to {@code limit} complaints that ended (closed, refused or withdrawn) before {@code cutoff}
     * and hold entries recorded since their last redaction, if any: what the retention policy is
     * due to redact.
     */
    List<ComplaintReference> endedBeforeWithPersonalText(Instant cutoff, int limit);

    /**
     * Replaces the personal text in the complaint's entries (descriptions, reasons, notes,
     * correspondence, definitions, findings, file names) with a marker, keeping everything reports
     * count and every entry's hashes, and marks those entries redacted at {@code at}.
     *
     * @return the sequences of the entries it changed, in order
     */
    List<Integer> redactPersonalText(ComplaintReference reference, Instant at);
}
