package org.putright.complaint.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.RecordIntegrity;
import org.putright.complaint.TimelineIntegrity;
import org.putright.system.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a complaint's record is as it was recorded (5.12): the hash chain checked now, with each
 * altered, reordered or removed entry and the entries the retention policy redacted (ADR 0011).
 */
@RestController
@RequestMapping("/api/v1/complaints")
class IntegrityController {

    private final RecordIntegrity integrity;
    private final Clock clock;

    IntegrityController(RecordIntegrity integrity, Clock clock) {
        this.integrity = integrity;
        this.clock = clock;
    }

    @GetMapping("/{reference}/integrity")
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    IntegrityView check(@PathVariable String reference) {
        if (!ComplaintReference.isValid(reference)) {
            throw new NotFound("Complaint", reference);
        }
        return IntegrityView.of(integrity.check(new ComplaintReference(reference)), clock.instant());
    }

    /** The check's outcome as API.md's style has it: {@code intact}, or the entries that fail. */
    record IntegrityView(
            String reference,
            boolean intact,
            int entries,
            @Nullable String head,
            List<Integer> redacted,
            List<FindingView> findings,
            Instant checkedAt) {

        static IntegrityView of(TimelineIntegrity result, Instant now) {
            return new IntegrityView(
                    result.reference().value(),
                    result.intact(),
                    result.entries(),
                    result.head(),
                    result.redacted(),
                    result.findings().stream()
                            .map(finding -> new FindingView(
                                    finding.sequence(), finding.kind().name(), finding.explanation()))
                            .toList(),
                    now);
        }
    }

    /** One entry that fails: {@code ALTERED}, {@code REORDERED} or {@code REMOVED}. */
    record FindingView(int sequence, String kind, String explanation) {}
}
