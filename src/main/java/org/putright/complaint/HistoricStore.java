package org.putright.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where complaints taken in from a previous system are written in bulk: their records, summaries,
 * stage facts and remedies, many complaints per statement, with the import key of each.
 */
public interface HistoricStore {

    /** {@code count} new serial numbers for complaint references. */
    List<Long> nextSerials(int count);

    /** Which of these import keys are already on the record. */
    Set<String> imported(Collection<String> importKeys);

    /**
     * Renders everything about these new complaints as the rows to write, without touching the
     * database, so that it can be done while another batch is being written.
     */
    Batch render(List<Imported> complaints, Instant importedAt);

    /** Writes a rendered batch in the caller's transaction. */
    void write(Batch batch);

    /** The rows of a batch of complaints, ready to write; only the store that rendered it reads it. */
    interface Batch {}

    /** One complaint to write: its import key, its record with the summary and facts derived from it. */
    record Imported(String importKey, Complaint complaint, ComplaintSummary summary, List<StageFacts> facts) {}
}
