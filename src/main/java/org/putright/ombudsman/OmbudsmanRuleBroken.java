package org.putright.ombudsman;

import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

/** A step on an Ombudsman case that its rules forbid, such as recording compliance before the order was made. */
public final class OmbudsmanRuleBroken extends DomainProblem {

    private static final long serialVersionUID = 1L;

    public OmbudsmanRuleBroken(String type, String detail) {
        super(ProblemKind.RULE_BROKEN, type, "Not possible on this Ombudsman case", detail);
    }
}
