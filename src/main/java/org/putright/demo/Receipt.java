package org.putright.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Actor;
import org.putright.complaint.Channel;
import org.putright.complaint.RefusalGround;

/**
 * How a demo complaint comes in: in the resident's own words, now and then through their
 * representative or about a service request, and sometimes needing a question back before it can
 * be acknowledged (5.7).
 */
final class Receipt {

    private final Draft draft;
    private final Plot plot;
    private final Random random;

    Receipt(Draft draft) {
        this.draft = draft;
        this.plot = draft.plot();
        this.random = draft.random();
    }

    /**
     * When the resident says the problem began, if they say: more than 12 months before for the
     * complaints the landlord may refuse for it or accept at its discretion (2.3).
     */
    @Nullable
    LocalDate issueFirstKnownOn(LocalDate receivedOn) {
        boolean old = plot.has(Twist.DISCRETION) || plot.ground() == RefusalGround.OLDER_THAN_12_MONTHS;
        if (old) {
            return receivedOn.minusDays(400 + random.nextInt(300));
        }
        return random.nextInt(100) < 80 ? receivedOn.minusDays(3 + random.nextInt(120)) : null;
    }

    void receive(Actor handler, List<Point> points, @Nullable LocalDate firstKnown) {
        if (plot.loggedAs() != null) {
            return; // Logged already, from the other complaint's new issue.
        }
        DemoResident.Acting representative = plot.resident().representative();
        UUID actingFor = representative != null && random.nextInt(100) < 80 ? representative.id() : null;
        Plot.FromServiceRequest request = plot.serviceRequest();
        draft.timeline()
                .step(new Beat.Receive(
                        plot.receivedAt(),
                        plot.channel(),
                        plot.resident().id(),
                        actingFor,
                        description(points, request),
                        firstKnown,
                        plot.category().name(),
                        request == null ? null : request.id(),
                        plot.channel() == Channel.WEB_FORM ? Cast.resident() : handler));
    }

    /** The day the complaint is clear enough to acknowledge: after a question, now and then, or as received. */
    LocalDate clarified(Actor handler, LocalDate receivedOn) {
        if (random.nextInt(100) >= 8) {
            return receivedOn;
        }
        Timeline timeline = draft.timeline();
        LocalDate on = timeline.workingDaysAfter(receivedOn, 1);
        timeline.step(
                new Beat.Clarify(timeline.office(on), Riverside.pick(random, StockPhrases.CLARIFICATIONS), handler));
        return on;
    }

    private String description(List<Point> points, Plot.@Nullable FromServiceRequest request) {
        StringBuilder text = new StringBuilder();
        String opener = Riverside.pick(random, StockPhrases.OPENERS);
        if (!opener.isEmpty()) {
            text.append(opener).append(' ');
        }
        if (request != null) {
            text.append("I reported ")
                    .append(request.what())
                    .append(" on ")
                    .append(request.requestedOn().format(StockPhrases.DAY))
                    .append(" (")
                    .append(request.reference())
                    .append(") and I'm not happy with how it has been dealt with. ");
        }
        for (Point point : points) {
            Issue issue = point.issue();
            text.append(issue == null ? point.summary() + "." : draft.fill(issue.voice()))
                    .append(' ');
        }
        if (random.nextInt(100) < 60) {
            text.append(Riverside.pick(random, plot.category().impacts())).append(' ');
        }
        text.append(Riverside.pick(random, StockPhrases.CLOSERS));
        return text.toString().strip();
    }
}
