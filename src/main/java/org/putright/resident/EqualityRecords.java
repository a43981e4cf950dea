package org.putright.resident;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' equality monitoring answers (3.1, 3.3): recorded only as the resident chooses, each
 * question voluntary and "prefer not to say" always an answer; read back for the resident's own
 * record, and otherwise only ever counted, so that complainants can be compared with the tenants as
 * a whole to find groups that may face barriers to complaining.
 */
@Service
public class EqualityRecords {

    private final EqualityStore store;
    private final Residents residents;
    private final Clock clock;

    EqualityRecords(EqualityStore store, Residents residents, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.clock = clock;
    }

    /** @throws org.putright.system.problem.NotFound when there is no such resident */
    public EqualityAnswers of(UUID residentId) {
        residents.get(residentId);
        return store.find(residentId);
    }

    /** Records the resident's answers, replacing what was recorded before. */
    @Transactional
    public EqualityAnswers record(UUID residentId, Map<EqualityCharacteristic, String> answers, String by) {
        residents.get(residentId);
        EqualityAnswers checked = new EqualityAnswers(answers, null, null);
        store.replace(residentId, checked.answers(), clock.instant(), by);
        return store.find(residentId);
    }

    /** How the given residents answered, counted; each resident counts once however often listed. */
    public EqualityProfile profileOf(Collection<UUID> residentIds) {
        Set<UUID> distinct = Set.copyOf(residentIds);
        return EqualityProfile.of(distinct.size(), store.answersOf(distinct));
    }
}
