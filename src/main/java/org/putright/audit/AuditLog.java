package org.putright.audit;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records what happened and lists it for administrators. */
@Service
public class AuditLog {

    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records an entry in its own transaction, so that it stays even when the caller's work rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry record(String actor, AuditAction action, String target, String detail, @Nullable String address) {
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), clock.instant(), actor, action, target, detail, address);
        store.append(entry);
        return entry;
    }

    public AuditPage find(AuditQuery query) {
        if (query.page() < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (query.size() < 1 || query.size() > AuditQuery.MAXIMUM_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + AuditQuery.MAXIMUM_SIZE);
        }
        return store.find(query);
    }
}
