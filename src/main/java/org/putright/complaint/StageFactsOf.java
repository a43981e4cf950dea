package org.putright.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.Timescales;
import org.putright.complaint.ComplaintEvent.ComplaintAcknowledged;
import org.putright.complaint.ComplaintEvent.ComplaintClosed;
import org.putright.complaint.ComplaintEvent.ComplaintRefused;
import org.putright.complaint.ComplaintEvent.ComplaintWithdrawn;
import org.putright.complaint.ComplaintEvent.EscalationRequested;

/**
 * Derives a complaint's {@link StageFacts} from its record: one for stage 1, and one for stage 2
 * once the resident has asked for it. The deadlines are the complaint's own ({@link
 * Complaint#acknowledgementDeadline}, {@link Complaint#respondByBeforeExtensions}, {@link
 * Complaint#respondBy}); only the question CH02 asks, whether an extension counts towards the
 * timescale, is answered here.
 */
public final class StageFactsOf {

    private StageFactsOf() {}

    /**
     * The facts of each stage the complaint has reached, with the letters issued on it (a response or
     * refusal is only recorded with its letter complete, 6.9, 6.19, 2.4; the letters show it).
     */
    public static List<StageFacts> of(
            Complaint complaint,
            WorkingCalendar calendar,
            Timescales timescales,
            Collection<LetterIssuer.IssuedLetter> letters) {
        List<StageFacts> facts = new ArrayList<>();
        facts.add(stage(1, complaint.receivedAt(), complaint, calendar, timescales, letters));
        Instant escalated = complaint.escalationRequestedAt();
        if (escalated != null) {
            facts.add(stage(2, escalated, complaint, calendar, timescales, letters));
        }
        return List.copyOf(facts);
    }

    private static StageFacts stage(
            int stage,
            Instant startedAt,
            Complaint complaint,
            WorkingCalendar calendar,
            Timescales timescales,
            Collection<LetterIssuer.IssuedLetter> letters) {
        LocalDate acknowledgeBy = complaint.acknowledgementDeadline(stage, calendar, timescales);
        if (acknowledgeBy == null) {
            throw new IllegalStateException("A stage that started has an acknowledgement deadline");
        }
        Instant acknowledgedAt = complaint.acknowledgedAt(stage);
        boolean defined = false;
        @Nullable Refused refused = null;
        @Nullable Instant withdrawnAt = null;
        @Nullable Instant closedAt = null;
        int current = 1;
        for (RecordedEvent recorded : complaint.record()) {
            ComplaintEvent event = recorded.event();
            if (event instanceof EscalationRequested) {
                current = 2;
            } else if (event instanceof ComplaintAcknowledged acknowledged && acknowledged.stage() == stage) {
                defined = !acknowledged.definition().points().isEmpty();
            } else if (event instanceof ComplaintRefused refusal && refusal.stage() == stage) {
                refused = new Refused(
                        refusal.at(), refusal.ground(), !refusal.reasons().isBlank());
            } else if (event instanceof ComplaintWithdrawn withdrawn && current == stage) {
                withdrawnAt = withdrawn.at();
            } else if (event instanceof ComplaintClosed closed && current == stage) {
                closedAt = closed.at();
            }
        }
        Response response = complaint.responses().stream()
                .filter(given -> given.stage() == stage)
                .findFirst()
                .orElse(null);
        LocalDate dueBeforeExtensions = complaint.respondByBeforeExtensions(stage, calendar, timescales);
        ExtensionsWalk walk = ExtensionsWalk.of(
                complaint, stage, dueBeforeExtensions, calendar, timescales, count(letters, "EXTENSION", stage));
        return new StageFacts(
                complaint.reference(),
                stage,
                complaint.receipt().channel(),
                complaint.receipt().category(),
                complaint.receipt().residentId(),
                complaint.handler(stage),
                startedAt,
                new StageFacts.Acknowledgement(acknowledgeBy, acknowledgedAt, defined),
                walk.extensions(),
                new StageFacts.Answer(
                        dueBeforeExtensions,
                        complaint.respondBy(stage, calendar, timescales),
                        walk.dueAllowed(),
                        response == null ? null : response.respondedAt(),
                        response == null ? null : response.decision(),
                        issued(letters, "RESPONSE", stage)),
                refused == null
                        ? null
                        : new StageFacts.Refused(
                                refused.at(),
                                refused.ground(),
                                refused.reasonsGiven(),
                                issued(letters, stage == 1 ? "REFUSAL" : "ESCALATION_REFUSAL", stage)),
                withdrawnAt,
                closedAt,
                stage == 2 && complaint.handler(2) != null ? independent(complaint) : null,
                followThrough(complaint, stage));
    }

    /** The stage 2 handler, and whoever gave the stage 2 response, had no part in stage 1 (6.13). */
    private static boolean independent(Complaint complaint) {
        List<String> stageOne = new ArrayList<>();
        if (complaint.handler(1) != null) {
            stageOne.add(complaint.handler(1));
        }
        List<String> stageTwo = new ArrayList<>();
        stageTwo.add(complaint.handler(2));
        for (Response response : complaint.responses()) {
            (response.stage() == 1 ? stageOne : stageTwo).add(response.respondedBy());
        }
        return stageTwo.stream().noneMatch(stageOne::contains);
    }

    private static long count(Collection<LetterIssuer.IssuedLetter> letters, String type, int stage) {
        return letters.stream()
                .filter(letter -> letter.type().equals(type) && letter.stage() == stage)
                .count();
    }

    private static boolean issued(Collection<LetterIssuer.IssuedLetter> letters, String type, int stage) {
        return count(letters, type, stage) > 0;
    }

    private static StageFacts.FollowThrough followThrough(Complaint complaint, int stage) {
        int remedies = 0;
        int financial = 0;
        BigDecimal offered = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        int withDueDate = 0;
        int completed = 0;
        int completedOnTime = 0;
        for (Remedy remedy : complaint.remedies()) {
            if (remedy.stage() != stage) {
                continue;
            }
            remedies++;
            if (remedy.type() == RemedyType.FINANCIAL && remedy.amount() != null) {
                financial++;
                offered = offered.add(remedy.amount());
                if (remedy.completedAt() != null) {
                    paid = paid.add(remedy.amount());
                }
            }
            if (remedy.dueBy() != null) {
                withDueDate++;
            }
            if (remedy.completedAt() != null) {
                completed++;
                if (remedy.dueBy() != null
                        && !WorkingCalendar.dayOf(remedy.completedAt()).isAfter(remedy.dueBy())) {
                    completedOnTime++;
                }
            }
        }
        int actions = 0;
        int actionsCompleted = 0;
        int actionsOnTime = 0;
        for (OutstandingAction action : complaint.outstandingActions()) {
            if (action.stage() != stage) {
                continue;
            }
            actions++;
            if (action.completedAt() != null) {
                actionsCompleted++;
                if (!WorkingCalendar.dayOf(action.completedAt()).isAfter(action.dueBy())) {
                    actionsOnTime++;
                }
            }
        }
        return new StageFacts.FollowThrough(
                remedies,
                financial,
                offered,
                paid,
                withDueDate,
                completed,
                completedOnTime,
                actions,
                actionsCompleted,
                actionsOnTime);
    }

    private record Refused(Instant at, RefusalGround ground, boolean reasonsGiven) {}

    /**
     * Walks a stage's extensions in order. Each extended the deadline then in force; it counts
     * towards the timescale only when told on or before that deadline and, with those before it,
     * within the Code's cap or with a recorded good reason (6.4, 6.15; PRODUCT.md's CH02).
     */
    private record ExtensionsWalk(
            StageFacts.Extensions extensions, @Nullable LocalDate dueAllowed) {

        static ExtensionsWalk of(
                Complaint complaint,
                int stage,
                @Nullable LocalDate dueBeforeExtensions,
                WorkingCalendar calendar,
                Timescales timescales,
                long extensionLetters) {
            List<Extension> ofStage = complaint.extensions().stream()
                    .filter(extension -> extension.stage() == stage)
                    .toList();
            if (ofStage.isEmpty()) {
                return new ExtensionsWalk(StageFacts.Extensions.NONE, dueBeforeExtensions);
            }
            int cap = timescales.stage(stage).extensionCap().workingDays();
            LocalDate inForce = dueBeforeExtensions;
            LocalDate allowed = dueBeforeExtensions;
            int total = 0;
            boolean allInTime = true;
            boolean allWithinCap = true;
            for (Extension extension : ofStage) {
                total += extension.workingDays();
                boolean inTime = inForce != null
                        && !WorkingCalendar.dayOf(extension.notifiedAt()).isAfter(inForce);
                boolean withinCap = total <= cap
                        || (extension.goodReason() != null
                                && !extension.goodReason().isBlank());
                allInTime &= inTime;
                allWithinCap &= withinCap;
                if (inForce != null) {
                    inForce = calendar.addWorkingDays(inForce, WorkingDays.of(extension.workingDays()));
                }
                if (allowed != null && inTime && withinCap) {
                    allowed = calendar.addWorkingDays(allowed, WorkingDays.of(extension.workingDays()));
                }
            }
            return new ExtensionsWalk(
                    new StageFacts.Extensions(
                            ofStage.size(), total, allInTime, allWithinCap, extensionLetters >= ofStage.size()),
                    allowed);
        }
    }
}
