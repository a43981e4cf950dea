package org.putright.resident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where residents' equality monitoring answers are kept. */
public interface EqualityStore {

    EqualityAnswers find(UUID residentId);

    /** Replaces the resident's answers with these (a characteristic left out is no longer answered). */
    void replace(UUID residentId, Map<EqualityCharacteristic, String> answers, Instant at, String by);

    /** Every answer the given residents gave, as characteristic and answer pairs, for counting. */
    List<Map.Entry<EqualityCharacteristic, String>> answersOf(Collection<UUID> residentIds);
}
