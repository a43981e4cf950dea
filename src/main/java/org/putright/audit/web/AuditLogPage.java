package org.putright.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.putright.audit.AuditAction;
import org.putright.audit.AuditEntry;
import org.putright.audit.AuditLog;
import org.putright.audit.AuditPage;
import org.putright.audit.AuditQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log as a page for administrators: filter by action, fifty entries a page. */
@Controller
class AuditLogPage {

    private static final int PAGE_SIZE = 50;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private final AuditLog log;

    AuditLogPage(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/staff/audit-log")
    @PreAuthorize("hasRole('ADMIN')")
    String page(
            @RequestParam(name = "action", required = false) @Nullable String action,
            @RequestParam(name = "page", defaultValue = "0") String page,
            Model model) {
        AuditAction chosen = known(action);
        int number = pageNumber(page);
        AuditPage found = log.find(new AuditQuery(chosen, null, number, PAGE_SIZE));
        model.addAttribute(
                "entries",
                found.items().stream()
                        .map(entry -> new Row(entry, WHEN.format(entry.at().atZone(LONDON))))
                        .toList());
        model.addAttribute("actions", List.of(AuditAction.values()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("page", number);
        model.addAttribute("total", found.total());
        model.addAttribute("hasNext", (long) (number + 1) * PAGE_SIZE < found.total());
        return "audit/log";
    }

    /** An unknown action in the address shows every action rather than an error. */
    private static @Nullable AuditAction known(@Nullable String action) {
        for (AuditAction candidate : AuditAction.values()) {
            if (candidate.name().equals(action)) {
                return candidate;
            }
        }
        return null;
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An entry with its time as people read it. */
    record Row(AuditEntry entry, String when) {}
}
