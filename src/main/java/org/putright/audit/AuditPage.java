package org.putright.audit;

import java.util.List;

/** One page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {}
