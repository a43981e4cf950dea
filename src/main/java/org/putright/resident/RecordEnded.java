package org.putright.resident;

import java.util.Locale;
import java.util.UUID;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

/**
 * A record that a review has ended cannot be reviewed again: record a new one if it applies again,
 * so that the history shows the gap.
 */
public final class RecordEnded extends DomainProblem {

    private static final long serialVersionUID = 1L;

    public RecordEnded(ReviewSubject subject, UUID id) {
        super(
                ProblemKind.RULE_BROKEN,
                "review-of-ended-record",
                "Record has ended",
                "The " + subject.name().toLowerCase(Locale.ROOT) + " " + id
                        + " has ended, so it is not reviewed again; record a new one if it applies again.");
    }
}
