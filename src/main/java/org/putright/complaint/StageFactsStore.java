package org.putright.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the complaint module keeps its {@link StageFacts}: rewritten with every save of a
 * complaint; other modules read them through {@link StageFactQueries} only.
 */
public interface StageFactsStore {

    /** Replaces a complaint's stage facts with {@code facts}. */
    void replace(ComplaintReference reference, List<StageFacts> facts);

    /** Writes the stage facts of a complaint that has none yet, one just received. */
    void add(ComplaintReference reference, List<StageFacts> facts);

    /** Up to {@code limit} complaints that have no stage facts yet, e.g. recorded before they existed. */
    List<ComplaintReference> withoutFacts(int limit);

    /** Complaints with a stage whose acknowledgement or response deadline is on or after {@code day}. */
    List<ComplaintReference> withDeadlinesFrom(LocalDate day);

    /** Every complaint, in reference order, from after {@code after} (null: from the first). */
    List<ComplaintReference> references(@org.jspecify.annotations.Nullable ComplaintReference after, int limit);
}
