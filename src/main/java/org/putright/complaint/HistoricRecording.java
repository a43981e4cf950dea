package org.putright.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.complaint.ComplaintEvent.ComplaintAcknowledged;
import org.putright.complaint.ComplaintEvent.ComplaintRefused;
import org.putright.complaint.ComplaintEvent.ComplaintResponded;
import org.putright.complaint.ComplaintEvent.RemedyCompleted;
import org.putright.complaint.ComplaintEvent.ResponseExtended;
import org.putright.complaint.Lifecycle.Step;
import org.putright.system.problem.InvalidInput;

/**
 * Takes a complaint from a landlord's previous system into the record: each historic step becomes
 * the event a step taken in Putright records, with its own date ({@link ComplaintEvent#at()}),
 * recorded now by the importer. The lifecycle, the time order and the completeness of each event
 * are checked as for any step; how well the landlord kept to the Code at the time is not, because
 * the reports must show it as it was (see {@link HistoricStep}).
 */
final class HistoricRecording {

    private final Complaint complaint;
    private final Actor importer;
    private final Instant now;

    private HistoricRecording(Complaint complaint, Actor importer, Instant now) {
        this.complaint = complaint;
        this.importer = importer;
        this.now = now;
    }

    /** The complaint {@code history} tells of, as {@link Complaint#fromHistory} takes it in. */
    static Complaint of(ComplaintReference reference, HistoricComplaint history, String importedBy, Instant now) {
        Actor importer = new Actor(importedBy, null);
        HistoricRecording recording =
                new HistoricRecording(Complaint.receive(reference, history.receipt(), importer, now), importer, now);
        for (HistoricStep step : history.steps()) {
            recording.take(step);
        }
        return recording.complaint;
    }

    private void take(HistoricStep historic) {
        switch (historic) {
            case HistoricStep.Refused refused -> {
                complaint.step(Step.REFUSE, refused.at(), now);
                complaint.record(
                        new ComplaintRefused(
                                refused.at(),
                                complaint.stage(),
                                refused.ground(),
                                refused.reasons().strip()),
                        actor(refused.by()),
                        now);
            }
            case HistoricStep.Acknowledged acknowledged -> {
                Status next = complaint.step(Step.ACKNOWLEDGE, acknowledged.at(), now);
                if (acknowledged.handler().isBlank()) {
                    throw new InvalidInput("handler", "an acknowledged stage needs the person who handled it");
                }
                if (acknowledged.definition().points().isEmpty()) {
                    throw new RuleBroken(
                            CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION,
                            "The acknowledgement needs at least one point of the complaint definition.");
                }
                String discretion = acknowledged.discretionReason();
                complaint.record(
                        new ComplaintAcknowledged(
                                acknowledged.at(),
                                next == Status.STAGE_1_OPEN ? 1 : 2,
                                acknowledged.handler().strip(),
                                acknowledged.definition(),
                                discretion == null || discretion.isBlank() ? null : discretion.strip()),
                        new Actor(acknowledged.handler().strip(), null),
                        now);
            }
            case HistoricStep.Extended extended -> {
                complaint.step(Step.EXTEND, extended.at(), now);
                if (extended.workingDays() < 1) {
                    throw new InvalidInput("workingDays", "an extension is of at least 1 working day");
                }
                String goodReason = extended.goodReason();
                complaint.record(
                        new ResponseExtended(
                                extended.at(),
                                complaint.stage(),
                                extended.workingDays(),
                                extended.reason().strip(),
                                goodReason == null || goodReason.isBlank() ? null : goodReason.strip()),
                        actor(extended.by()),
                        now);
            }
            case HistoricStep.Responded responded -> respond(responded);
            case HistoricStep.Escalated escalated ->
                complaint.escalate(escalated.at(), escalated.residentReason(), importer, now);
            case HistoricStep.Withdrawn withdrawn ->
                complaint.withdraw(withdrawn.at(), withdrawn.note(), importer, now);
            case HistoricStep.Closed closed -> complaint.close(closed.at(), closed.note(), importer, now);
            case HistoricStep.RemedyCarriedOut carriedOut -> {
                List<Remedy> ofStage = complaint.remedies().stream()
                        .filter(remedy -> remedy.stage() == carriedOut.stage())
                        .toList();
                if (carriedOut.index() < 0 || carriedOut.index() >= ofStage.size()) {
                    throw new InvalidInput(
                            "remedies", "no remedy " + (carriedOut.index() + 1) + " at stage " + carriedOut.stage());
                }
                Remedy remedy = ofStage.get(carriedOut.index());
                RecordedTime.check(carriedOut.at(), now, complaint.responseAt(remedy.stage()));
                complaint.record(
                        new RemedyCompleted(carriedOut.at(), remedy.id(), "Carried out, as recorded before Putright."),
                        importer,
                        now);
            }
        }
    }

    /**
     * The previous system kept a decision, not a finding on each point: every point of the
     * definition is given that decision, with the reasons it kept.
     */
    private void respond(HistoricStep.Responded responded) {
        complaint.step(Step.RESPOND, responded.at(), now);
        Actor responder = actor(responded.by());
        String reasons = responded.reasons().isBlank()
                ? "Found " + responded.decision().inWords() + ", as recorded before Putright."
                : responded.reasons().strip();
        List<Finding> findings = complaint.currentDefinition().points().stream()
                .map(point -> new Finding(point.number(), responded.decision() != Decision.NOT_UPHELD, reasons))
                .toList();
        List<Remedy> offered = new ArrayList<>();
        for (HistoricStep.HistoricRemedy remedy : responded.remedies()) {
            offered.add(remedy(remedy, responder));
        }
        complaint.record(
                new ComplaintResponded(
                        responded.at(), complaint.stage(), findings, responded.decision(), offered, List.of()),
                responder,
                now);
    }

    /** Whoever the previous system says took the step, else whoever imports it. */
    private Actor actor(String by) {
        return by.isBlank() ? importer : new Actor(by.strip(), null);
    }

    /** A remedy the previous system already agreed: it needs no approval now (7.4 was its business then). */
    private Remedy remedy(HistoricStep.HistoricRemedy offer, Actor responder) {
        if (offer.type() == RemedyType.FINANCIAL) {
            if (offer.amount() == null || offer.amount().signum() <= 0) {
                throw new InvalidInput("remedies.amount", "a financial remedy needs an amount above zero");
            }
        } else if (offer.amount() != null) {
            throw new InvalidInput("remedies.amount", "only a FINANCIAL remedy has an amount");
        }
        if (offer.description().isBlank()) {
            throw new InvalidInput("remedies.description", "must say what was offered");
        }
        return new Remedy(
                UUID.randomUUID(),
                complaint.stage(),
                offer.type(),
                offer.description().strip(),
                offer.amount(),
                offer.dueBy(),
                Remedy.Status.AGREED,
                responder.username(),
                null,
                null);
    }
}
