package org.putright.complaint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.TimelineIntegrity.Finding;
import org.putright.complaint.TimelineIntegrity.Kind;

/**
 * Checks a complaint's stored record against its hash chain (ADR 0011) and names each entry that
 * was altered, moved or removed. A break caused by one of those (the entry after a moved or removed
 * one no longer links up) is not reported again; a break between two entries that each verify
 * means the earlier one was rewritten with fresh hashes, and is reported as altered.
 */
final class ChainVerifier {

    private ChainVerifier() {}

    /**
     * @param recordedEntries how many entries the complaint's summary says it has: catches the
     *     removal of the last entries, which leaves no gap
     */
    static TimelineIntegrity verify(ComplaintReference reference, int recordedEntries, List<TimelineEntry> stored) {
        Map<Integer, TimelineEntry> bySequence = new TreeMap<>();
        stored.forEach(entry -> bySequence.put(entry.sequence(), entry));
        int last = Math.max(
                recordedEntries,
                bySequence.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        Set<Integer> redactionsRecorded = redactionsRecorded(reference, stored);

        Map<Integer, Finding> findings = new TreeMap<>();
        List<Integer> redacted = new ArrayList<>();
        for (int sequence = 1; sequence <= last; sequence++) {
            TimelineEntry entry = bySequence.get(sequence);
            if (entry == null) {
                findings.put(sequence, new Finding(sequence, Kind.REMOVED, "Entry " + sequence + " is missing."));
                continue;
            }
            Finding own = checkOwn(reference, entry, redactionsRecorded, last);
            if (own != null) {
                findings.put(sequence, own);
            } else if (entry.redactedAt() != null) {
                redacted.add(sequence);
            }
        }
        for (TimelineEntry entry : bySequence.values()) {
            checkLink(entry, bySequence, findings);
        }
        TimelineEntry lastEntry = bySequence.get(last);
        return new TimelineIntegrity(
                reference,
                bySequence.size(),
                List.copyOf(findings.values()),
                redacted,
                lastEntry == null ? null : lastEntry.chainHash());
    }

    private static @Nullable Finding checkOwn(
            ComplaintReference reference, TimelineEntry entry, Set<Integer> redactionsRecorded, int last) {
        int sequence = entry.sequence();
        String content = entry.contentHash();
        String previous = entry.previousHash();
        String chain = entry.chainHash();
        if (content == null || previous == null || chain == null) {
            return new Finding(sequence, Kind.ALTERED, "Entry " + sequence + " has lost its hashes.");
        }
        if (entry.redactedAt() == null) {
            if (!entry.recomputedContentHash(reference).equals(content)) {
                return new Finding(
                        sequence,
                        Kind.ALTERED,
                        "Entry " + sequence + " (" + entry.type()
                                + ") no longer matches its hash: its content was changed.");
            }
        } else if (!redactionsRecorded.contains(sequence)) {
            return new Finding(
                    sequence,
                    Kind.ALTERED,
                    "Entry " + sequence + " is marked redacted, but no redaction of it is on the record.");
        }
        if (ChainHashes.chainOf(previous, sequence, content).equals(chain)) {
            return null;
        }
        for (int original = 1; original <= last; original++) {
            if (ChainHashes.chainOf(previous, original, content).equals(chain)) {
                return new Finding(
                        sequence,
                        Kind.REORDERED,
                        "Entry " + sequence + " (" + entry.type() + ") was recorded as entry " + original + ".");
            }
        }
        return new Finding(sequence, Kind.ALTERED, "Entry " + sequence + " has had its hashes changed.");
    }

    /** The link from an entry that verifies to the one before it. */
    private static void checkLink(
            TimelineEntry entry, Map<Integer, TimelineEntry> bySequence, Map<Integer, Finding> findings) {
        int sequence = entry.sequence();
        if (findings.containsKey(sequence) || entry.previousHash() == null) {
            return;
        }
        if (sequence == 1) {
            if (!ChainHashes.GENESIS.equals(entry.previousHash())) {
                findings.put(1, new Finding(1, Kind.ALTERED, "Entry 1 does not start the chain."));
            }
            return;
        }
        TimelineEntry before = bySequence.get(sequence - 1);
        if (before == null || findings.containsKey(sequence - 1)) {
            return; // explained by the entry before it
        }
        if (!entry.previousHash().equals(before.chainHash())) {
            findings.put(
                    sequence - 1,
                    new Finding(
                            sequence - 1,
                            Kind.ALTERED,
                            "Entry " + (sequence - 1) + " was rewritten: entry " + sequence
                                    + " recorded a different hash for it."));
        }
    }

    /** Sequences that intact redaction entries say they redacted. */
    private static Set<Integer> redactionsRecorded(ComplaintReference reference, List<TimelineEntry> stored) {
        Set<Integer> recorded = new HashSet<>();
        for (TimelineEntry entry : stored) {
            if (entry.redactedAt() == null
                    && !entry.redacts().isEmpty()
                    && entry.recomputedContentHash(reference).equals(entry.contentHash())) {
                recorded.addAll(entry.redacts());
            }
        }
        return recorded;
    }
}
