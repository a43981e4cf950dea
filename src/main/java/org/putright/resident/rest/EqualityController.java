package org.putright.resident.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.EqualityAnswers;
import org.putright.resident.EqualityCharacteristic;
import org.putright.resident.EqualityRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's equality monitoring answers (3.1, 3.3): every question voluntary, "prefer not to
 * say" always an answer, a characteristic left out not answered. Handlers record what residents
 * tell them; the answers are only otherwise used counted, in the equality report.
 */
@RestController
@RequestMapping("/api/v1/residents/{residentId}/equality")
class EqualityController {

    private final EqualityRecords records;

    EqualityController(EqualityRecords records) {
        this.records = records;
    }

    @GetMapping
    @PreAuthorize("hasRole('HANDLER')")
    AnswersView get(@PathVariable UUID residentId) {
        return AnswersView.of(records.of(residentId));
    }

    /** Replaces the answers recorded with these. */
    @PutMapping
    @PreAuthorize("hasRole('HANDLER')")
    AnswersView record(@PathVariable UUID residentId, @Valid @RequestBody AnswersBody body, Principal principal) {
        return AnswersView.of(records.record(residentId, body.answers(), principal.getName()));
    }

    /**
     * For each characteristic answered (AGE_BAND, SEX, DISABILITY, ETHNIC_GROUP), the code of a group
     * or PREFER_NOT_TO_SAY; see {@code characteristics} in the answer for the groups.
     */
    record AnswersBody(@NotNull @Size(max = 10) Map<EqualityCharacteristic, @Size(max = 30) String> answers) {}

    record AnswersView(
            Map<EqualityCharacteristic, String> answers,
            @Nullable Instant recordedAt,
            @Nullable String recordedBy,
            List<CharacteristicView> characteristics) {

        static AnswersView of(EqualityAnswers answers) {
            return new AnswersView(
                    answers.answers(),
                    answers.recordedAt(),
                    answers.recordedBy(),
                    java.util.Arrays.stream(EqualityCharacteristic.values())
                            .map(CharacteristicView::of)
                            .toList());
        }
    }

    /** A characteristic and the answers it accepts. */
    record CharacteristicView(
            EqualityCharacteristic characteristic, String label, List<EqualityCharacteristic.Group> groups) {

        static CharacteristicView of(EqualityCharacteristic characteristic) {
            return new CharacteristicView(characteristic, characteristic.label(), characteristic.groups());
        }
    }
}
