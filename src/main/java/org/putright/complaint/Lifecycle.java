package org.putright.complaint;

import static org.putright.complaint.Status.CLOSED;
import static org.putright.complaint.Status.RECEIVED;
import static org.putright.complaint.Status.REFUSED;
import static org.putright.complaint.Status.STAGE_1_OPEN;
import static org.putright.complaint.Status.STAGE_1_RESPONDED;
import static org.putright.complaint.Status.STAGE_2_OPEN;
import static org.putright.complaint.Status.STAGE_2_REQUESTED;
import static org.putright.complaint.Status.STAGE_2_RESPONDED;
import static org.putright.complaint.Status.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of the complaint lifecycle: from each status, which steps are open and where each
 * leads. Exactly two stages (5.2, 5.3). Recording correspondence, and following up remedies and
 * actions, are open at any time and change no status, so they are not steps here.
 *
 * <p>The table is exhaustive by construction: the switch covers every status, and a test draws it
 * as the diagram in {@code docs/lifecycle.md}.
 */
public final class Lifecycle {

    /** A step that moves a complaint on, or is open only at certain points of its life. */
    public enum Step {
        ACKNOWLEDGE,
        REFUSE,
        REQUEST_CLARIFICATION,
        EXTEND,
        AGREE_UPDATES,
        ADD_ISSUE,
        RESPOND,
        ESCALATE,
        WITHDRAW,
        CLOSE
    }

    private Lifecycle() {}

    /** The status a step leads to from {@code status}, or empty when the step is not open there. */
    public static Optional<Status> after(Status status, Step step) {
        return Optional.ofNullable(stepsFrom(status).get(step));
    }

    /** Every step open from {@code status}, with where it leads. */
    public static Map<Step, Status> stepsFrom(Status status) {
        Map<Step, Status> steps = new EnumMap<>(Step.class);
        switch (status) {
            case RECEIVED -> {
                steps.put(Step.ACKNOWLEDGE, STAGE_1_OPEN); // 6.2: acknowledge, define and log
                steps.put(Step.REFUSE, REFUSED); // 2.1–2.4
                steps.put(Step.REQUEST_CLARIFICATION, RECEIVED); // 5.7
                steps.put(Step.ADD_ISSUE, RECEIVED); // 6.8
                steps.put(Step.WITHDRAW, WITHDRAWN);
            }
            case STAGE_1_OPEN -> {
                steps.put(Step.REQUEST_CLARIFICATION, STAGE_1_OPEN);
                steps.put(Step.EXTEND, STAGE_1_OPEN); // 6.4, 6.5
                steps.put(Step.AGREE_UPDATES, STAGE_1_OPEN); // 5.9
                steps.put(Step.ADD_ISSUE, STAGE_1_OPEN); // 6.8: related issues join the definition
                steps.put(Step.RESPOND, STAGE_1_RESPONDED); // 6.3, 6.7, 6.9
                steps.put(Step.WITHDRAW, WITHDRAWN);
            }
            case STAGE_1_RESPONDED -> {
                steps.put(Step.ESCALATE, STAGE_2_REQUESTED); // 6.10–6.12
                steps.put(Step.ADD_ISSUE, STAGE_1_RESPONDED); // 6.8: after a response, a new complaint
                steps.put(Step.CLOSE, CLOSED);
                steps.put(Step.WITHDRAW, WITHDRAWN);
            }
            case STAGE_2_REQUESTED -> {
                steps.put(Step.ACKNOWLEDGE, STAGE_2_OPEN); // 6.11, 6.13
                steps.put(Step.REFUSE, REFUSED); // 5.11
                steps.put(Step.ADD_ISSUE, STAGE_2_REQUESTED);
                steps.put(Step.WITHDRAW, WITHDRAWN);
            }
            case STAGE_2_OPEN -> {
                steps.put(Step.REQUEST_CLARIFICATION, STAGE_2_OPEN);
                steps.put(Step.EXTEND, STAGE_2_OPEN); // 6.15, 6.16
                steps.put(Step.AGREE_UPDATES, STAGE_2_OPEN); // 5.9
                steps.put(Step.ADD_ISSUE, STAGE_2_OPEN);
                steps.put(Step.RESPOND, STAGE_2_RESPONDED); // 6.14, 6.18, 6.19
                steps.put(Step.WITHDRAW, WITHDRAWN);
            }
            case STAGE_2_RESPONDED -> {
                steps.put(Step.ADD_ISSUE, STAGE_2_RESPONDED);
                steps.put(Step.CLOSE, CLOSED);
                steps.put(Step.WITHDRAW, WITHDRAWN);
            }
            case CLOSED -> {
                // A resident may still ask for stage 2 after a stage 1 complaint was closed; the
                // complaint knows whether it was closed after stage 1 (see Complaint#escalate).
                steps.put(Step.ESCALATE, STAGE_2_REQUESTED);
                steps.put(Step.ADD_ISSUE, CLOSED);
            }
            case REFUSED, WITHDRAWN -> {
                // Nothing more is due here; a new issue is logged as a new complaint (6.8).
                steps.put(Step.ADD_ISSUE, status);
            }
        }
        return steps;
    }
}
