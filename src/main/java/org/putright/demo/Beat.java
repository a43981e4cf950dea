package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Actor;
import org.putright.complaint.Channel;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.Definition;
import org.putright.complaint.Finding;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyOffer;
import org.putright.complaint.Status;

/**
 * One thing that happens in a demo complaint's story, at the time it happens: a step of the
 * lifecycle, or something kept on the record beside it. {@link Storyteller} carries each out
 * through the complaint's own verbs, so every rule applies as it does to staff.
 */
sealed interface Beat {

    Instant at();

    /** The status the complaint is in after this beat; null when the beat does not change it. */
    default @Nullable Status leadsTo() {
        return null;
    }

    record Receive(
            Instant at,
            Channel channel,
            UUID residentId,
            @Nullable UUID representativeId,
            String description,
            @Nullable LocalDate issueFirstKnownOn,
            String category,
            @Nullable UUID serviceRequestId,
            Actor by)
            implements Beat {
        @Override
        public Status leadsTo() {
            return Status.RECEIVED;
        }
    }

    record Refuse(Instant at, int stage, RefusalGround ground, String reasons, Actor by) implements Beat {
        @Override
        public Status leadsTo() {
            return Status.REFUSED;
        }
    }

    record Clarify(Instant at, String question, Actor by) implements Beat {}

    record Acknowledge(
            Instant at,
            int stage,
            String handler,
            Definition definition,
            @Nullable String discretion,
            Actor by) implements Beat {
        @Override
        public Status leadsTo() {
            return stage == 1 ? Status.STAGE_1_OPEN : Status.STAGE_2_OPEN;
        }
    }

    record Extend(
            Instant at,
            int workingDays,
            String reason,
            @Nullable String goodReason,
            Actor by) implements Beat {}

    record AgreeUpdates(Instant at, int everyWorkingDays, String how, Actor by) implements Beat {}

    /** A new issue related to the open stage 1 complaint: it joins the definition (6.8). */
    record AddRelatedIssue(Instant at, String summary, String outcomeSought, Actor by) implements Beat {}

    /** A new, unrelated issue: logged as a new complaint of its own, whose story then follows (6.8). */
    record RaiseSeparateIssue(Instant at, String summary, String outcomeSought, Actor by, Plot newComplaint)
            implements Beat {}

    record Respond(
            Instant at,
            int stage,
            List<Finding> findings,
            List<RemedyOffer> remedies,
            List<ActionPlan> actions,
            Actor by)
            implements Beat {
        @Override
        public Status leadsTo() {
            return stage == 1 ? Status.STAGE_1_RESPONDED : Status.STAGE_2_RESPONDED;
        }
    }

    /** Approves the {@code index}th remedy offered at {@code stage}, which waits for approval (7.4). */
    record ApproveRemedy(Instant at, int stage, int index, Actor by) implements Beat {}

    record CompleteRemedy(Instant at, int stage, int index, String note, Actor by) implements Beat {}

    record UpdateAction(Instant at, int stage, int index, String note, boolean completed, Actor by) implements Beat {}

    record Escalate(Instant at, @Nullable String reason, Actor by) implements Beat {
        @Override
        public Status leadsTo() {
            return Status.STAGE_2_REQUESTED;
        }
    }

    record Withdraw(Instant at, String note, Actor by) implements Beat {
        @Override
        public Status leadsTo() {
            return Status.WITHDRAWN;
        }
    }

    record Close(Instant at, String note, Actor by) implements Beat {
        @Override
        public Status leadsTo() {
            return Status.CLOSED;
        }
    }

    record Correspond(
            Instant at,
            CorrespondenceRecorded.Direction direction,
            CorrespondenceRecorded.Party party,
            String channel,
            String subject,
            String body,
            Actor by)
            implements Beat {}
}
