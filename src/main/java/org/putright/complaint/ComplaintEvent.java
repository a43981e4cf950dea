package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything that happens to a complaint, as it happened. Events are the record (5.12): they are
 * appended, never changed, and the complaint's state is what they add up to. Each carries the
 * business time it happened ({@link #at()}); who recorded it and when is kept beside it.
 */
public sealed interface ComplaintEvent {

    /** When it happened (which may be earlier than when it was recorded). */
    Instant at();

    /** One line for the timeline. */
    String summary();

    /** The event's name on the timeline, e.g. {@code ComplaintReceived}. */
    default String name() {
        return getClass().getSimpleName();
    }

    record ComplaintReceived(
            Instant at,
            Channel channel,
            UUID residentId,
            @Nullable UUID representativeId,
            String description,
            @Nullable LocalDate issueFirstKnownOn,
            @Nullable String category,
            @Nullable UUID serviceRequestId,
            @Nullable String raisedFrom)
            implements ComplaintEvent {
        @Override
        public String summary() {
            return "Complaint received by "
                    + channel.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (raisedFrom == null ? "" : ", raised from " + raisedFrom);
        }
    }

    record ComplaintRefused(Instant at, int stage, RefusalGround ground, String reasons) implements ComplaintEvent {
        @Override
        public String summary() {
            return (stage == 1 ? "Complaint" : "Escalation to stage 2") + " refused: " + ground;
        }
    }

    record ComplaintAcknowledged(
            Instant at,
            int stage,
            String handler,
            Definition definition,
            @Nullable String discretionReason) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Stage " + stage + " acknowledged and defined ("
                    + definition.points().size() + " points); handler " + handler;
        }
    }

    record ClarificationRequested(Instant at, String question) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Clarification requested from the resident";
        }
    }

    record ResponseExtended(
            Instant at,
            int stage,
            int workingDays,
            String reason,
            @Nullable String goodReason) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Stage " + stage + " response extended by " + workingDays + " working days";
        }
    }

    record UpdateIntervalAgreed(Instant at, int everyWorkingDays, String how) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Agreed to update the resident every " + everyWorkingDays + " working days";
        }
    }

    record IssueAdded(
            Instant at,
            String summaryOfIssue,
            String outcomeSought,
            @Nullable Integer point) implements ComplaintEvent {
        @Override
        public String summary() {
            return point == null ? "Related issue noted for the definition" : "Related issue added as point " + point;
        }
    }

    record IssueRaisedSeparately(Instant at, String summaryOfIssue, String newComplaint) implements ComplaintEvent {
        @Override
        public String summary() {
            return "New issue logged as complaint " + newComplaint;
        }
    }

    record ComplaintResponded(
            Instant at,
            int stage,
            List<Finding> findings,
            Decision decision,
            List<Remedy> remedies,
            List<OutstandingAction> outstandingActions)
            implements ComplaintEvent {
        public ComplaintResponded {
            findings = List.copyOf(findings);
            remedies = List.copyOf(remedies);
            outstandingActions = List.copyOf(outstandingActions);
        }

        @Override
        public String summary() {
            return "Stage " + stage + " response issued: " + decision.inWords();
        }
    }

    record EscalationRequested(Instant at, @Nullable String residentReason) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Stage 2 requested";
        }
    }

    record ComplaintWithdrawn(Instant at, String note) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Complaint withdrawn";
        }
    }

    record ComplaintClosed(Instant at, String note) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Complaint closed";
        }
    }

    record CorrespondenceRecorded(
            Instant at, Direction direction, Party party, String channel, String subject, String body)
            implements ComplaintEvent {
        @Override
        public String summary() {
            return (direction == Direction.IN ? "Received from " : "Sent to ")
                    + party.name().toLowerCase(java.util.Locale.ROOT) + ": " + subject;
        }

        /** Which way correspondence went. */
        public enum Direction {
            IN,
            OUT
        }

        /** Who the landlord corresponded with. */
        public enum Party {
            RESIDENT,
            REPRESENTATIVE,
            CONTRACTOR,
            OTHER
        }
    }

    record DocumentAttached(
            Instant at,
            UUID document,
            String filename,
            String contentType,
            long size,
            String sha256,
            String description)
            implements ComplaintEvent {
        @Override
        public String summary() {
            return "Document added: " + filename;
        }
    }

    record RemedyApproved(Instant at, UUID remedy, String approver) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Financial remedy approved by " + approver;
        }
    }

    record RemedyCompleted(Instant at, UUID remedy, String note) implements ComplaintEvent {
        @Override
        public String summary() {
            return "Remedy completed";
        }
    }

    record ActionUpdated(Instant at, UUID action, String note, boolean completed) implements ComplaintEvent {
        @Override
        public String summary() {
            return completed ? "Outstanding action completed" : "Outstanding action updated";
        }
    }

    /**
     * The retention policy (or a lawful erasure) replaced the personal text of {@code entries}; the
     * facts reports count (dates, stages, outcomes, categories, amounts) stay. Recorded as its own
     * entry so the chain shows when and why, and the integrity check accepts only those entries as
     * redacted (ADR 0011).
     */
    record PersonalDataRedacted(Instant at, List<Integer> entries, String basis) implements ComplaintEvent {
        public PersonalDataRedacted {
            entries = List.copyOf(entries);
        }

        @Override
        public String summary() {
            return "Personal data redacted from " + entries.size() + " entries: " + basis;
        }
    }
}
