package org.putright.selfassessment;

import java.util.List;

/**
 * Whether a new self-assessment is due because of something recorded that no assessment started
 * since has answered (8.3, 8.4), and what.
 */
public record ReassessmentDue(boolean due, List<ReassessmentTrigger> triggers) {

    public ReassessmentDue {
        triggers = List.copyOf(triggers);
    }
}
