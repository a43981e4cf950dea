package org.putright.audit;

/** Where audit entries are kept: append-only. */
public interface AuditStore {

    void append(AuditEntry entry);

    AuditPage find(AuditQuery query);
}
