package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Actor;

/**
 * What is still to be done after a response for the points newly upheld, with an owner and a due
 * date (6.6, 6.17), and the owner's progress on it afterwards.
 */
final class ActionPlans {

    private final Draft draft;
    private final Random random;

    ActionPlans(Draft draft) {
        this.draft = draft;
        this.random = draft.random();
    }

    /** Actions for some of the points newly upheld, {@code fresh}, owned by the responder if a handler. */
    List<ActionPlan> plan(List<Point> points, List<Integer> fresh, Actor responder, LocalDate on) {
        Cast cast = draft.cast();
        List<ActionPlan> actions = new ArrayList<>();
        for (int i : fresh) {
            Issue issue = points.get(i).issue();
            if (issue != null && random.nextInt(100) < 55) {
                Actor owner = cast.handlers().contains(responder) ? responder : Riverside.pick(random, cast.handlers());
                actions.add(new ActionPlan(
                        draft.fill(issue.action()), owner.username(), on.plusDays(10 + random.nextInt(36))));
            }
        }
        return actions;
    }

    /** Progress on each action, and for most its completion around the day it was due. */
    void carryOut(int stage, Instant respondedAt, List<ActionPlan> actions) {
        Timeline timeline = draft.timeline();
        LocalDate respondedOn = WorkingCalendar.dayOf(respondedAt);
        for (int i = 0; i < actions.size(); i++) {
            ActionPlan action = actions.get(i);
            Actor owner = owner(action.owner());
            LocalDate last = respondedOn;
            if (random.nextInt(100) < 60) {
                last = timeline.workingDaysAfter(respondedOn, 2 + random.nextInt(6));
                timeline.note(new Beat.UpdateAction(
                        timeline.during(last),
                        stage,
                        i,
                        Riverside.pick(random, StockPhrases.ACTION_PROGRESS),
                        false,
                        owner));
            }
            if (random.nextInt(100) < 70 && action.dueBy() != null) {
                LocalDate done = action.dueBy().minusDays(random.nextInt(12)).plusDays(random.nextInt(6));
                LocalDate on = timeline.workingDayFrom(done.isAfter(last) ? done : last.plusDays(1));
                timeline.note(new Beat.UpdateAction(
                        timeline.during(on), stage, i, Riverside.pick(random, StockPhrases.ACTION_DONE), true, owner));
            }
        }
    }

    private Actor owner(@Nullable String username) {
        Cast cast = draft.cast();
        return cast.hana().username().equals(username)
                ? cast.hana()
                : cast.tom().username().equals(username) ? cast.tom() : cast.maria();
    }
}
