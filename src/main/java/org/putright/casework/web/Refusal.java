package org.putright.casework.web;

import org.jspecify.annotations.Nullable;
import org.putright.code.Edition;
import org.putright.code.RuleBroken;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.StaleVersion;

/**
 * Why a step was refused, in words for the handler: the rule, what it requires and why, and the
 * provision of the Code it comes from with the Code's own text, so that "no" always comes with a
 * reason the handler can act on.
 *
 * @param stale someone else changed the complaint since the form was opened; nothing was saved
 */
record Refusal(
        String title,
        String detail,
        @Nullable String explanation,
        @Nullable String provision,
        @Nullable String provisionText,
        boolean stale) {

    static Refusal of(DomainProblem problem, Edition edition) {
        if (problem instanceof RuleBroken broken) {
            String number = broken.provision().map(Object::toString).orElse(null);
            String text = broken.provision()
                    .flatMap(edition::provision)
                    .map(provision -> provision.requirement())
                    .orElse(null);
            return new Refusal(
                    broken.rule().title(), broken.detail(), broken.rule().explanation(), number, text, false);
        }
        if (problem instanceof StaleVersion
                || (problem instanceof Conflict && problem.type().equals("concurrent-change"))) {
            return new Refusal(
                    "Someone else changed this complaint",
                    "Another step was recorded on this complaint after you opened this form, so yours was not"
                            + " saved and nothing was lost. Check the complaint as it is now, then enter your"
                            + " step again.",
                    null,
                    null,
                    null,
                    true);
        }
        return new Refusal(problem.title(), problem.detail(), null, null, null, false);
    }
}
