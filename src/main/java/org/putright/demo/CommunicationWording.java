package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about communication: emails unanswered, large print ignored, works
 * without notice, a call back missed and being passed between teams.
 */
final class CommunicationWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "I've emailed {times} times and haven't had a single reply.",
                            "Emails not answered",
                            "A reply, and one person to deal with",
                            "Your emails went to a shared inbox that was not being checked while the team was short"
                                    + " of staff.",
                            "Our records show a reply was sent to each email. Your email address on our records had"
                                    + " a typing error, which we have now corrected.",
                            "Named officer to call the resident and answer the emails in full",
                            RemedyType.POLICY_CHANGE,
                            "Shared inboxes now have a named owner each day and a reply target of five working days"),
                    new Issue(
                            "I asked for letters in large print because of my eyesight, and you still send normal"
                                    + " letters I can't read.",
                            "Letters not sent in the large print agreed as a reasonable adjustment",
                            "All letters in large print, as agreed",
                            "The large print preference was recorded on one of our systems but not on the one our"
                                    + " letters are sent from.",
                            "The letters you mention were sent by the council, not by us; our letters have been in"
                                    + " large print since you asked.",
                            "Check that every system holds the large print preference",
                            RemedyType.RECORD_AMENDED,
                            "Your large print preference added to every system that sends letters"),
                    new Issue(
                            "Nobody told us the water would be off for the works. I found out when I turned the tap"
                                    + " on.",
                            "No notice of planned works that cut off the water supply",
                            "Proper notice of future works",
                            "The notice letter was not sent because the works were booked at short notice;"
                                    + " residents should have been told by text or a card through the door.",
                            "A notice was delivered to every flat in the block a week before the works. We are"
                                    + " sorry you did not see it.",
                            "Send the residents of the block the schedule for the rest of the works",
                            RemedyType.POLICY_CHANGE,
                            "Planned works that affect water or heating now need a text to every household 48 hours"
                                    + " ahead"),
                    new Issue(
                            "I was promised a call back from a manager and it never happened.",
                            "A promised call back from a manager not made",
                            "The call back and an explanation",
                            "The request for a call back was logged but not given to anyone to make.",
                            "The manager called back the next day and left a voicemail, and called again two days"
                                    + " later.",
                            "Manager to call the resident",
                            RemedyType.EXPLANATION,
                            "An explanation of why the call back was missed"),
                    new Issue(
                            "I keep getting passed between the repairs team and the housing team and nobody will"
                                    + " take responsibility.",
                            "Being passed between teams with nobody taking responsibility",
                            "One named contact",
                            "The case was passed between teams four times without anyone taking ownership.",
                            "Each transfer was to the team responsible for that part of your enquiry and you were"
                                    + " told each time; you now have a single named contact.",
                            "Named officer to coordinate the case and update the resident every fortnight",
                            RemedyType.EXPLANATION,
                            "An explanation of which team deals with what, and who your named contact is")),
            List.of("I'm spending hours chasing this.", "I feel like nobody listens.", "It shouldn't be this hard."),
            List.of(new Definition.NotResponsible("Letters about council tax", "Riverside Borough Council")));

    private CommunicationWording() {}
}
