package org.putright.selfassessment;

import java.util.Map;
import java.util.UUID;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

/**
 * A change to a self-assessment the governing body has approved. The approved version is the one
 * published (8.2); a changed view needs a new assessment, which can carry this one forward.
 */
public final class AssessmentLocked extends DomainProblem {

    private final AssessmentStatus status;

    public AssessmentLocked(UUID id, AssessmentStatus status) {
        super(
                ProblemKind.CONFLICT,
                "self-assessment-locked",
                "Self-assessment approved",
                "Self-assessment " + id + " is " + status.name().toLowerCase()
                        + " and can no longer be changed. Start a new one, carried forward from it.");
        this.status = status;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("assessmentStatus", status.name());
    }
}
