package org.putright.letter;

import java.util.Set;
import org.putright.code.RuleBroken;
import org.putright.letter.LetterType.Requirement;

/**
 * The check made before any letter is issued: every item its type requires is in the content and
 * says something, and the landlord's template actually placed it in the rendered letter. A letter
 * that fails is not issued, and since letters are issued inside the step, neither is the step: a
 * response without any of items a to g is refused with the item named (6.9, 6.19), as is an
 * extension without the Ombudsman's contact details (6.5, 6.16) or a refusal without the reasons
 * and the right to go to the Ombudsman (2.4, 5.11).
 */
public final class LetterCompleteness {

    private LetterCompleteness() {}

    /** Refuses content that lacks a required item. */
    public static void checkContent(LetterContent content) {
        for (Requirement requirement : content.type().requirements()) {
            if (!content.has(requirement.item())) {
                throw missing(content, requirement, "");
            }
        }
    }

    /** Refuses a rendering in which the template left out a required item. */
    public static void checkRendered(LetterContent content, Set<LetterItem> rendered) {
        for (Requirement requirement : content.type().requirements()) {
            if (!rendered.contains(requirement.item())) {
                throw missing(
                        content,
                        requirement,
                        " The " + content.type() + " template does not place it: it needs pr:item=\""
                                + requirement.item().placeholder() + "\".");
            }
        }
    }

    /** Both checks: what a letter must pass before it is issued. */
    public static void check(LetterContent content, Set<LetterItem> rendered) {
        checkContent(content);
        checkRendered(content, rendered);
    }

    private static RuleBroken missing(LetterContent content, Requirement requirement, String why) {
        return new RuleBroken(
                requirement.rule(),
                content.stage(),
                "The " + content.type().inWords(content.stage()) + " is missing " + requirement.inWords() + "." + why);
    }
}
