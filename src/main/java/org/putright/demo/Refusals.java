package org.putright.demo;

import java.time.LocalDate;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Actor;
import org.putright.complaint.RefusalGround;

/**
 * A complaint not accepted, or an escalation refused, on a section 2 ground with reasons written
 * for this resident (2.1–2.4, 5.11).
 */
final class Refusals {

    private final Draft draft;
    private final Plot plot;
    private final Random random;

    Refusals(Draft draft) {
        this.draft = draft;
        this.plot = draft.plot();
        this.random = draft.random();
    }

    void refuseComplaint(@Nullable LocalDate firstKnown, Actor handler, LocalDate receivedOn) {
        RefusalGround ground = plot.ground();
        refuse(1, ground == null ? RefusalGround.OTHER : ground, firstKnown, handler, receivedOn);
    }

    /**
     * Refuses stage 2. The caseload gives grounds only to complaints refused outright, so unless
     * the plot names one, the escalation is refused because the resident has gone to court since.
     */
    void refuseEscalation(Actor handler, LocalDate requestedOn) {
        RefusalGround ground = plot.ground();
        refuse(2, ground == null ? RefusalGround.LEGAL_PROCEEDINGS : ground, null, handler, requestedOn);
    }

    private void refuse(
            int stage, RefusalGround ground, @Nullable LocalDate firstKnown, Actor handler, LocalDate after) {
        Timeline timeline = draft.timeline();
        LocalDate on = timeline.workingDaysAfter(after, 1 + random.nextInt(5));
        timeline.step(
                new Beat.Refuse(timeline.office(on), stage, ground, reasons(stage, ground, firstKnown, on), handler));
    }

    private String reasons(int stage, RefusalGround ground, @Nullable LocalDate firstKnown, LocalDate on) {
        String words = plot.category().words();
        LocalDate received = WorkingCalendar.dayOf(plot.receivedAt());
        return switch (ground) {
            case OLDER_THAN_12_MONTHS ->
                "You told us the " + words + " problem began in "
                        + (firstKnown == null ? "an earlier year" : firstKnown.format(StockPhrases.MONTH))
                        + ", more than 12 months before you complained on " + received.format(StockPhrases.DAY)
                        + ". We considered using our discretion to accept it, but the work was finished in "
                        + received.minusMonths(9 + random.nextInt(3)).format(StockPhrases.MONTH)
                        + " and nothing since suggests the problem has come back, so there is no continuing"
                        + " effect for us to put right.";
            case LEGAL_PROCEEDINGS ->
                (stage == 2 ? "Since our stage 1 response, your" : "Your")
                        + " solicitors have issued a housing disrepair claim against us in Riverside County"
                        + " Court (claim " + "RV" + (10000 + random.nextInt(89999)) + ", issued "
                        + on.minusDays(5 + random.nextInt(40)).format(StockPhrases.DAY)
                        + ") that covers the same matters. The court will decide them, so we cannot also"
                        + " consider them as a complaint.";
            case PREVIOUSLY_CONSIDERED ->
                "We answered a complaint about the same " + words + " matter in our final response of "
                        + received.minusMonths(2 + random.nextInt(8)).format(StockPhrases.DAY)
                        + ", and you have not raised anything new. If you are unhappy with that response you"
                        + " can take it to the Housing Ombudsman.";
            case OTHER -> Riverside.pick(random, StockPhrases.OTHER_REFUSALS);
        };
    }
}
