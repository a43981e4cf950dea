package org.putright.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.Timescales;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.NewComplaint;
import org.putright.complaint.OutstandingAction;
import org.putright.complaint.Remedy;
import org.putright.servicerequest.ServiceRequests;
import org.putright.system.problem.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a demo complaint's story to the system: each beat, up to the first one still in the
 * future, becomes the call staff would make, through {@link Complaints} and the complaint's own
 * verbs, so each is checked against the Code exactly as theirs are. A complaint logged from a new
 * issue on the way has its own story told straight after.
 */
@Component
class Storyteller {

    private static final Logger log = LoggerFactory.getLogger(Storyteller.class);

    private final Complaints complaints;
    private final ServiceRequests serviceRequests;

    Storyteller(Complaints complaints, ServiceRequests serviceRequests) {
        this.complaints = complaints;
        this.serviceRequests = serviceRequests;
    }

    /**
     * Tells {@code story} up to {@code cutoff}. Consecutive steps on one complaint are taken in one
     * go, as one {@link Complaints#act} call: the complaint checks each in turn just the same, and
     * is loaded and saved once instead of once per step.
     *
     * @return how many complaints it logged, and how many stories stopped early because a step was
     *     refused (which a correct story never is)
     */
    Told tell(Story story, Instant cutoff, Cast cast, WorkingCalendar calendar, Timescales timescales) {
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(new Chapter(story, null));
        int logged = 0;
        int stumbles = 0;
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            ComplaintReference reference = chapter.reference();
            if (reference != null) {
                logged++;
            }
            List<Beat> steps = new ArrayList<>();
            Beat[] playing = new Beat[1];
            try {
                for (Beat beat : chapter.story().beatsBy(cutoff)) {
                    playing[0] = beat;
                    switch (beat) {
                        case Beat.Receive receive -> {
                            reference = receive(receive);
                            logged++;
                        }
                        case Beat.AddRelatedIssue issue -> {
                            play(reference, steps, playing, calendar, timescales);
                            addRelated(required(reference), issue);
                        }
                        case Beat.RaiseSeparateIssue issue -> {
                            play(reference, steps, playing, calendar, timescales);
                            chapters.add(raiseSeparately(required(reference), issue, cast, calendar, timescales));
                        }
                        default -> steps.add(beat);
                    }
                }
                play(reference, steps, playing, calendar, timescales);
            } catch (DomainProblem | IllegalStateException | IndexOutOfBoundsException problem) {
                Beat failed = playing[0];
                log.warn(
                        "The demo story of {} stopped at {}: {}",
                        reference,
                        failed == null ? "its start" : failed.getClass().getSimpleName(),
                        problem.getMessage());
                stumbles++;
            }
        }
        return new Told(logged, stumbles);
    }

    /** What telling a story did. */
    record Told(int complaints, int stumbles) {}

    /** A complaint's story, and its reference when it was logged before its story began. */
    private record Chapter(Story story, @Nullable ComplaintReference reference) {}

    private static ComplaintReference required(@Nullable ComplaintReference reference) {
        if (reference == null) {
            throw new IllegalStateException("A demo story begins with the complaint's receipt");
        }
        return reference;
    }

    private ComplaintReference receive(Beat.Receive receive) {
        Complaint complaint = complaints.receive(
                new NewComplaint(
                        receive.at(),
                        receive.channel(),
                        receive.residentId(),
                        receive.representativeId(),
                        receive.description(),
                        receive.issueFirstKnownOn(),
                        receive.category(),
                        receive.serviceRequestId(),
                        null),
                receive.by());
        UUID serviceRequest = receive.serviceRequestId();
        if (serviceRequest != null) {
            // The request carries on; the complaint is linked to it (1.5).
            serviceRequests.linkComplaint(
                    serviceRequest,
                    complaint.reference().value(),
                    receive.at(),
                    receive.by().username());
        }
        return complaint.reference();
    }

    /** Takes the steps gathered so far on the complaint, in one go, and clears them. */
    private void play(
            @Nullable ComplaintReference reference,
            List<Beat> steps,
            @Nullable Beat[] playing,
            WorkingCalendar calendar,
            Timescales timescales) {
        if (steps.isEmpty()) {
            return;
        }
        List<Beat> taking = List.copyOf(steps);
        steps.clear();
        Instant now = complaints.now();
        complaints.act(required(reference), null, complaint -> {
            for (Beat beat : taking) {
                playing[0] = beat;
                take(complaint, beat, now, calendar, timescales);
            }
        });
    }

    private void addRelated(ComplaintReference reference, Beat.AddRelatedIssue issue) {
        var outcome = complaints.addIssue(
                reference, null, issue.at(), issue.summary(), issue.outcomeSought(), true, issue.by());
        if (outcome.newComplaint()) {
            throw new IllegalStateException("A related issue on an open stage 1 joins it (6.8): " + reference);
        }
    }

    /** Logs the new issue as a complaint of its own (6.8) and returns that complaint's story. */
    private Chapter raiseSeparately(
            ComplaintReference reference,
            Beat.RaiseSeparateIssue issue,
            Cast cast,
            WorkingCalendar calendar,
            Timescales timescales) {
        var outcome = complaints.addIssue(
                reference, null, issue.at(), issue.summary(), issue.outcomeSought(), false, issue.by());
        Story story = Story.write(issue.newComplaint(), cast, calendar, timescales);
        return new Chapter(story, outcome.complaint().reference());
    }

    /** One step, through the complaint's own verb. */
    private static void take(
            Complaint complaint, Beat beat, Instant now, WorkingCalendar calendar, Timescales timescales) {
        switch (beat) {
            case Beat.Receive receive -> throw new IllegalStateException("Received once only: " + receive);
            case Beat.AddRelatedIssue issue -> throw new IllegalStateException("Not a step on its own: " + issue);
            case Beat.RaiseSeparateIssue issue -> throw new IllegalStateException("Not a step on its own: " + issue);
            case Beat.Refuse refuse ->
                complaint.refuse(refuse.at(), refuse.ground(), refuse.reasons(), refuse.by(), now);
            case Beat.Clarify clarify ->
                complaint.requestClarification(clarify.at(), clarify.question(), clarify.by(), now);
            case Beat.Acknowledge acknowledge ->
                complaint.acknowledge(
                        acknowledge.at(),
                        acknowledge.handler(),
                        acknowledge.definition(),
                        acknowledge.discretion(),
                        acknowledge.by(),
                        now);
            case Beat.Extend extend ->
                complaint.extend(
                        extend.at(),
                        extend.workingDays(),
                        extend.reason(),
                        extend.goodReason(),
                        calendar,
                        timescales,
                        extend.by(),
                        now);
            case Beat.AgreeUpdates agree ->
                complaint.agreeUpdates(agree.at(), agree.everyWorkingDays(), agree.how(), agree.by(), now);
            case Beat.Respond respond ->
                complaint.respond(
                        respond.at(), respond.findings(), respond.remedies(), respond.actions(), respond.by(), now);
            case Beat.ApproveRemedy approve ->
                complaint.approveRemedy(
                        remedy(complaint, approve.stage(), approve.index()).id(), approve.at(), approve.by(), now);
            case Beat.CompleteRemedy complete ->
                complaint.completeRemedy(
                        remedy(complaint, complete.stage(), complete.index()).id(),
                        complete.at(),
                        complete.note(),
                        complete.by(),
                        now);
            case Beat.UpdateAction update ->
                complaint.updateAction(
                        action(complaint, update.stage(), update.index()).id(),
                        update.at(),
                        update.note(),
                        update.completed(),
                        update.by(),
                        now);
            case Beat.Escalate escalate -> complaint.escalate(escalate.at(), escalate.reason(), escalate.by(), now);
            case Beat.Withdraw withdraw -> complaint.withdraw(withdraw.at(), withdraw.note(), withdraw.by(), now);
            case Beat.Close close -> complaint.close(close.at(), close.note(), close.by(), now);
            case Beat.Correspond letter ->
                complaint.recordCorrespondence(
                        letter.at(),
                        letter.direction(),
                        letter.party(),
                        letter.channel(),
                        letter.subject(),
                        letter.body(),
                        letter.by(),
                        now);
        }
    }

    /** The {@code index}th remedy offered at {@code stage}, in the order the response offered them. */
    private static Remedy remedy(Complaint complaint, int stage, int index) {
        return complaint.remedies().stream()
                .filter(remedy -> remedy.stage() == stage)
                .toList()
                .get(index);
    }

    private static OutstandingAction action(Complaint complaint, int stage, int index) {
        return complaint.outstandingActions().stream()
                .filter(action -> action.stage() == stage)
                .toList()
                .get(index);
    }
}
