package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.putright.complaint.Actor;

/**
 * The resident asking for stage 2 after the stage 1 response (6.12): days or weeks later, sometimes
 * after the complaint was closed, online or through the handler, with or without saying why.
 */
final class Escalation {

    private final Draft draft;
    private final Random random;
    private final Timeline timeline;
    private final Actor stageOneHandler;

    Escalation(Draft draft, Actor stageOneHandler) {
        this.draft = draft;
        this.random = draft.random();
        this.timeline = draft.timeline();
        this.stageOneHandler = stageOneHandler;
    }

    void request(List<Point> points, List<Boolean> upheld, LocalDate respondedOn) {
        LocalDate from;
        if (random.nextInt(100) < 30) {
            from = new Endings(draft).close(respondedOn, stageOneHandler).plusDays(3 + random.nextInt(38));
        } else {
            from = respondedOn.plusDays(1 + random.nextInt(20));
        }
        Instant requestedAt;
        Actor by;
        if (random.nextInt(100) < 45) {
            requestedAt = timeline.anyTime(from);
            by = Cast.resident();
        } else {
            requestedAt = timeline.office(timeline.workingDayFrom(from));
            by = stageOneHandler;
        }
        String reason = random.nextInt(100) < 65 ? Riverside.pick(random, StockPhrases.ESCALATION_REASONS) : null;
        timeline.step(new Beat.Escalate(requestedAt, reason, by));
        new StageTwo(draft, stageOneHandler).write(points, upheld, requestedAt);
    }
}
