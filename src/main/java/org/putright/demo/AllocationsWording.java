package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about allocations: a transfer, medical priority, the home offered and the
 * housing register.
 */
final class AllocationsWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "We applied for a transfer because our flat is overcrowded and we've heard nothing for a"
                                    + " year.",
                            "No progress on a transfer application for an overcrowded home",
                            "Review the application and confirm the priority",
                            "The application was not assessed for seven months because of a backlog, and you were"
                                    + " not told.",
                            "The application was assessed within our target and placed in the right band; the wait"
                                    + " reflects how few larger homes become free.",
                            "Assess the transfer application and write to the resident with the band",
                            RemedyType.DECISION_CHANGED,
                            "Overcrowding priority awarded from the date you applied"),
                    new Issue(
                            "My medical priority was turned down without anyone looking at the letter from my"
                                    + " consultant.",
                            "Medical priority refused without considering the consultant's letter",
                            "Reconsider the medical priority",
                            "The consultant's letter was on the file but was not sent to our medical adviser.",
                            "Our medical adviser considered the consultant's letter. Our policy gives medical"
                                    + " priority when the current home makes a condition worse, and the adviser found"
                                    + " that it does not.",
                            "Medical adviser to reconsider the application with the consultant's letter",
                            RemedyType.DECISION_CHANGED,
                            "Medical priority awarded"),
                    new Issue(
                            "The flat I was offered had no flooring and wasn't fit to move into.",
                            "Condition of the home offered at letting",
                            "Bring the home up to the lettable standard",
                            "The home did not meet our lettable standard; the empty-home inspection was not signed"
                                    + " off before the offer was made.",
                            "The home met our lettable standard, which does not include floor coverings, and we"
                                    + " gave you a decoration allowance.",
                            "Finish the empty-home works before the tenancy starts",
                            RemedyType.EXPLANATION,
                            "An explanation of our lettable standard"),
                    new Issue(
                            "I was taken off the housing register without being told.",
                            "Removal from the housing register without notice",
                            "Put the application back with its original date",
                            "The renewal letter was sent to your old address although you had told us you had"
                                    + " moved.",
                            "Renewal letters were sent in {month} and again a month later, and you were removed when"
                                    + " neither was answered, as the register rules say.",
                            "Reinstate the application with its original date",
                            RemedyType.RECORD_AMENDED,
                            "Your application reinstated with its original date")),
            List.of("Four of us share one bedroom.", "My health is getting worse.", "We have been waiting for years."),
            List.of(new Definition.NotResponsible(
                    "The banding decision on the council's housing register",
                    "Riverside Borough Council housing options")));

    private AllocationsWording() {}
}
