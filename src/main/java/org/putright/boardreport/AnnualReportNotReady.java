package org.putright.boardreport;

import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

/** A step the annual report is not ready for: publishing it before the governing body responded (8.2). */
public final class AnnualReportNotReady extends DomainProblem {

    AnnualReportNotReady(String detail) {
        super(ProblemKind.RULE_BROKEN, "annual-report-not-responded", "Annual report not ready", detail);
    }
}
