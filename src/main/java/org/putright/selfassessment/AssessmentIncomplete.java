package org.putright.selfassessment;

import java.util.List;
import java.util.Map;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

/**
 * An approval or publication asked for before the assessment is ready: the Ombudsman's form is to
 * be completed in full, every statement supported, before the governing body approves it.
 */
public final class AssessmentIncomplete extends DomainProblem {

    private final List<String> unanswered;

    public AssessmentIncomplete(String type, String detail, List<String> unanswered) {
        super(ProblemKind.RULE_BROKEN, type, "Self-assessment not ready", detail);
        this.unanswered = List.copyOf(unanswered);
    }

    @Override
    public Map<String, Object> properties() {
        return unanswered.isEmpty() ? Map.of() : Map.of("unanswered", unanswered);
    }
}
