package org.putright.resident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;

/**
 * What a resident chose to tell the landlord about themselves for equality monitoring: for each
 * characteristic answered, a group's code or {@link EqualityCharacteristic#PREFER_NOT_TO_SAY}. Every
 * question is voluntary; one left out was not answered. When and by whom they were last recorded.
 */
public record EqualityAnswers(
        Map<EqualityCharacteristic, String> answers,
        @Nullable Instant recordedAt,
        @Nullable String recordedBy) {

    public EqualityAnswers {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Map<EqualityCharacteristic, String> given = new EnumMap<>(EqualityCharacteristic.class);
        answers.forEach((EqualityCharacteristic characteristic, @Nullable String answer) -> {
            if (answer == null || answer.isBlank()) {
                return; // left unanswered, as every question may be
            }
            given.put(characteristic, answer);
            if (!characteristic.accepts(answer)) {
                errors.add(new InvalidInput.FieldError(
                        "answers." + characteristic.name(),
                        "must be one of "
                                + characteristic.groups().stream()
                                        .map(EqualityCharacteristic.Group::code)
                                        .toList() + " or " + EqualityCharacteristic.PREFER_NOT_TO_SAY));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        answers = java.util.Collections.unmodifiableMap(given);
    }

    public static EqualityAnswers none() {
        return new EqualityAnswers(Map.of(), null, null);
    }

    public @Nullable String answer(EqualityCharacteristic characteristic) {
        return answers.get(characteristic);
    }
}
