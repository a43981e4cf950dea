package org.putright.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.putright.system.problem.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows that complaints' records are as they were recorded (5.12; ADR 0011): checks one complaint
 * or all of them against their hash chains, and redacts a record's personal text in the one way
 * the check accepts, with the redaction itself on the record.
 */
@Service
public class RecordIntegrity {

    private static final int PAGE = 200;

    private final TimelineStore store;
    private final Complaints complaints;
    private final Clock clock;

    RecordIntegrity(TimelineStore store, Complaints complaints, Clock clock) {
        this.store = store;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** Checks one complaint's record. */
    @Transactional(readOnly = true)
    public TimelineIntegrity check(ComplaintReference reference) {
        OptionalInt recorded = store.recordedEntries(reference);
        if (recorded.isEmpty()) {
            throw new NotFound("Complaint", reference.value());
        }
        return ChainVerifier.verify(reference, recorded.getAsInt(), store.entries(reference));
    }

    /** Checks every complaint's record, telling {@code each} the result as it goes. */
    public IntegritySummary checkAll(Consumer<TimelineIntegrity> each) {
        int checked = 0;
        int redacted = 0;
        List<TimelineIntegrity> failing = new ArrayList<>();
        String after = "";
        for (List<ComplaintReference> page = store.references(after, PAGE);
                !page.isEmpty();
                page = store.references(after, PAGE)) {
            for (ComplaintReference reference : page) {
                TimelineIntegrity result = check(reference);
                checked++;
                redacted += result.redacted().isEmpty() ? 0 : 1;
                if (!result.intact()) {
                    failing.add(result);
                }
                each.accept(result);
            }
            after = page.getLast().value();
        }
        return new IntegritySummary(checked, redacted, failing);
    }

    /**
     * Replaces the personal text of a complaint's record and records that it did, in one
     * transaction (retention or lawful erasure).
     *
     * The redaction is recorded even when no entry held personal text, so that the record shows it
     * was reviewed and the retention policy does not take it up again.
     *
     * @return the entries redacted
     */
    @Transactional
    public List<Integer> redact(ComplaintReference reference, String basis, Actor actor) {
        Instant now = clock.instant();
        List<Integer> redacted = store.redactPersonalText(reference, now);
        complaints.act(reference, null, complaint -> complaint.recordRedaction(redacted, basis, actor, now));
        return redacted;
    }

    /**
     * Up to {@code limit} complaints that ended before {@code cutoff} and still hold personal
     * text: what the retention policy is due to redact.
     */
    @Transactional(readOnly = true)
    public List<ComplaintReference> endedBeforeWithPersonalText(Instant cutoff, int limit) {
        return store.endedBeforeWithPersonalText(cutoff, limit);
    }

    /** Chains, a batch per call, the records kept before the chain existed. */
    @Transactional
    public int chainUnchained(int limit) {
        return store.chainUnchained(limit);
    }

    /** The outcome of checking every complaint. */
    public record IntegritySummary(int checked, int withRedactions, List<TimelineIntegrity> failing) {
        public IntegritySummary {
            failing = List.copyOf(failing);
        }

        public boolean intact() {
            return failing.isEmpty();
        }
    }
}
