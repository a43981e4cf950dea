package org.putright.privacy.rest;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.privacy.AuditEntry;
import org.putright.privacy.Erasure;
import org.putright.privacy.PrivacyStore;
import org.putright.privacy.Retention;
import org.putright.privacy.RetentionPolicy;
import org.putright.privacy.SubjectAccess;
import org.putright.privacy.SubjectAccessExport;
import org.putright.privacy.SubjectAccessPdf;
import org.putright.settings.Settings;
import org.putright.system.problem.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents' personal data (ADR 0011): subject access exports (JSON, or a tagged PDF with
 * {@code format=pdf}), erasure where lawful (409 with the reasons where not), the retention policy
 * and a run of it on demand, and the audit trail of all of these.
 */
@RestController
class PrivacyController {

    private static final int AUDIT_LIMIT = 500;

    private final SubjectAccess subjectAccess;
    private final Erasure erasure;
    private final Retention retention;
    private final PrivacyStore store;
    private final Settings settings;

    PrivacyController(
            SubjectAccess subjectAccess, Erasure erasure, Retention retention, PrivacyStore store, Settings settings) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
        this.retention = retention;
        this.store = store;
        this.settings = settings;
    }

    @GetMapping(
            value = "/api/v1/residents/{id}/subject-access",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<?> subjectAccess(
            @PathVariable UUID id, @RequestParam(defaultValue = "json") String format, Principal principal) {
        if (!format.equals("json") && !format.equals("pdf")) {
            throw new InvalidInput("format", "json or pdf");
        }
        SubjectAccessExport export = subjectAccess.export(id, principal.getName());
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(export);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("subject-access-" + id + ".pdf")
                                .build()
                                .toString())
                .body(SubjectAccessPdf.render(export, settings.current().name()));
    }

    @PostMapping("/api/v1/residents/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    Erasure.ErasureOutcome erase(@PathVariable UUID id, Principal principal) {
        return erasure.erase(id, principal.getName());
    }

    @GetMapping("/api/v1/residents/{id}/erasure")
    @PreAuthorize("hasRole('MANAGER')")
    ErasureAssessment assess(@PathVariable UUID id) {
        List<String> obstacles = erasure.obstacles(id);
        return new ErasureAssessment(obstacles.isEmpty(), obstacles);
    }

    @GetMapping("/api/v1/privacy/retention-policy")
    @PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
    RetentionPolicy policy() {
        return retention.policy();
    }

    @PutMapping("/api/v1/privacy/retention-policy")
    @PreAuthorize("hasRole('ADMIN')")
    RetentionPolicy changePolicy(@RequestBody PolicyBody body, Principal principal) {
        if (body.years() == null) {
            throw new InvalidInput("years", "required");
        }
        return retention.changePolicy(body.years(), principal.getName());
    }

    @PostMapping("/api/v1/privacy/retention-runs")
    @PreAuthorize("hasRole('ADMIN')")
    Retention.RetentionRun runRetention(Principal principal) {
        return retention.run(principal.getName());
    }

    @GetMapping("/api/v1/privacy/audit")
    @PreAuthorize("hasRole('ADMIN')")
    List<AuditEntry> audit(@RequestParam(required = false) @Nullable UUID residentId) {
        return store.audit(residentId, AUDIT_LIMIT);
    }

    /** Whether erasure is lawful now, and if not, why. */
    record ErasureAssessment(boolean lawful, List<String> obstacles) {}

    /** A new retention period, in whole years after a complaint ends. */
    record PolicyBody(@Nullable Integer years) {}
}
