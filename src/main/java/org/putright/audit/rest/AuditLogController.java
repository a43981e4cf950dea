package org.putright.audit.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.audit.AuditAction;
import org.putright.audit.AuditEntry;
import org.putright.audit.AuditLog;
import org.putright.audit.AuditPage;
import org.putright.audit.AuditQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first, for administrators. */
@RestController
@RequestMapping("/api/v1/audit-log")
class AuditLogController {

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    AuditPageView list(
            @RequestParam(name = "action", required = false) @Nullable AuditAction action,
            @RequestParam(name = "actor", required = false) @Nullable String actor,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        AuditPage found = log.find(new AuditQuery(action, actor, page, size));
        return new AuditPageView(
                found.items().stream().map(EntryView::of).toList(), found.page(), found.size(), found.total());
    }

    record AuditPageView(List<EntryView> items, int page, int size, long total) {}

    record EntryView(
            UUID id,
            Instant at,
            String actor,
            AuditAction action,
            String description,
            String target,
            String detail,
            @Nullable String address) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(
                    entry.id(),
                    entry.at(),
                    entry.actor(),
                    entry.action(),
                    entry.action().description(),
                    entry.target(),
                    entry.detail(),
                    entry.address());
        }
    }
}
