package org.putright.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where the retention policy and the audit trail of personal data are kept. */
public interface PrivacyStore {

    RetentionPolicy policy();

    void savePolicy(int years, Instant at, String by);

    void audit(AuditEntry entry);

    /** The audit trail, newest first, at most {@code limit} entries; only a resident's when given. */
    List<AuditEntry> audit(@org.jspecify.annotations.Nullable UUID residentId, int limit);
}
