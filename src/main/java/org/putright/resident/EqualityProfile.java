package org.putright.resident;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * How a set of residents answered the equality questions, counted: for each characteristic, how
 * many gave each answer (a group's code or prefer not to say), and how many were never recorded.
 */
public record EqualityProfile(long residents, Map<EqualityCharacteristic, Map<String, Long>> answers) {

    public EqualityProfile {
        Map<EqualityCharacteristic, Map<String, Long>> copy = new EnumMap<>(EqualityCharacteristic.class);
        answers.forEach((characteristic, counts) -> copy.put(characteristic, Map.copyOf(counts)));
        answers = copy;
    }

    /** How many gave {@code answer} (a group's code or prefer not to say) for the characteristic. */
    public long count(EqualityCharacteristic characteristic, String answer) {
        return answers.getOrDefault(characteristic, Map.of()).getOrDefault(answer, 0L);
    }

    /** How many of the residents have no answer recorded for the characteristic. */
    public long notRecorded(EqualityCharacteristic characteristic) {
        long answered = answers.getOrDefault(characteristic, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return residents - answered;
    }

    /** Builds a profile from one resident's answers at a time. */
    static EqualityProfile of(long residents, Iterable<Map.Entry<EqualityCharacteristic, String>> answers) {
        Map<EqualityCharacteristic, Map<String, Long>> counts = new EnumMap<>(EqualityCharacteristic.class);
        for (Map.Entry<EqualityCharacteristic, String> answer : answers) {
            counts.computeIfAbsent(answer.getKey(), key -> new HashMap<>()).merge(answer.getValue(), 1L, Long::sum);
        }
        return new EqualityProfile(residents, counts);
    }
}
