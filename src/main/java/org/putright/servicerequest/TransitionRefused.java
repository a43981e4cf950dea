package org.putright.servicerequest;

import java.util.Map;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

/** A service request cannot move from its status to the one asked for, e.g. completing a cancelled request. */
public final class TransitionRefused extends DomainProblem {

    private static final long serialVersionUID = 1L;

    private final ServiceRequestStatus from;
    private final ServiceRequestStatus to;

    public TransitionRefused(ServiceRequestReference reference, ServiceRequestStatus from, ServiceRequestStatus to) {
        super(
                ProblemKind.RULE_BROKEN,
                "service-request-transition-not-allowed",
                "Not possible in this status",
                "Service request " + reference + " is " + from + " and cannot become " + to + "; from " + from
                        + " it can become " + (from.next().isEmpty() ? "nothing else" : from.next()) + ".");
        this.from = from;
        this.to = to;
    }

    @Override
    public Map<String, Object> properties() {
        // Not "status": that member of a problem document is the HTTP status code.
        return Map.of("currentStatus", from.name(), "requestedStatus", to.name());
    }
}
