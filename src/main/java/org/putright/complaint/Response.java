package org.putright.complaint;

import java.time.Instant;
import java.util.List;

/** A stage's response: a finding for every point, the decision that follows, remedies and actions. */
public record Response(
        int stage,
        Instant respondedAt,
        String respondedBy,
        List<Finding> findings,
        Decision decision,
        List<Remedy> remedies,
        List<OutstandingAction> outstandingActions) {

    public Response {
        findings = List.copyOf(findings);
        remedies = List.copyOf(remedies);
        outstandingActions = List.copyOf(outstandingActions);
    }
}
