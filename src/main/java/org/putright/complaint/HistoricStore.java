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

    /** Writes everything about these new complaints. */
    void insert(List<Imported> complaints, Instant importedAt);

    /** One complaint to write: its import key, its record with the summary and facts derived from it. */
    record Imported(String importKey, Complaint complaint, ComplaintSummary summary, List<StageFacts> facts) {}
}
