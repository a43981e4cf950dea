package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about repairs: leaks, boilers, missed appointments, windows, a poor refit
 * and a broken lock.
 */
final class RepairsWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "Water has been coming through my {room} ceiling from the flat above for {weeks} weeks. A"
                                    + " plumber came once and said it needed a roofer, and nobody has been back since.",
                            "Delay finding and fixing a leak through the {room} ceiling",
                            "Fix the leak, then repair and redecorate the ceiling",
                            "Our repair records show the leak was reported promptly, but the follow-on job for the"
                                    + " roofer was not raised for three weeks. That is outside our target of 20"
                                    + " working days for a routine repair.",
                            "The leak was traced to a burst pipe in the flat above and fixed the day after you"
                                    + " reported it. The ceiling repair was booked for the first date you could offer.",
                            "Repair and redecorate the {room} ceiling once it has dried out",
                            RemedyType.ACTION_ON_DELAY,
                            "The roofer's job raised as a priority, with a supervisor to check the work"),
                    new Issue(
                            "The boiler has broken down {times} times since October. Each time the engineer resets it"
                                    + " and goes, and a few days later we are without heating or hot water again. I"
                                    + " have a baby at home.",
                            "Repeated loss of heating and hot water, with the boiler repaired rather than replaced",
                            "Replace the boiler",
                            "The boiler failed {times} times in eight weeks. Our heating policy says a boiler that"
                                    + " fails three times in a year is assessed for replacement, and this one was not.",
                            "The engineers' reports show each breakdown had a different minor cause, fixed on the"
                                    + " day, and the boiler passed its annual service. It does not meet our criteria"
                                    + " for replacement, but we will replace it if it fails again this winter.",
                            "Replace the boiler (job raised with Riverside Heating Services)",
                            RemedyType.ACTION_ON_DELAY,
                            "The boiler replacement brought forward to the first available date"),
                    new Issue(
                            "I have taken {times} days off work for repair appointments and nobody turned up. Nobody"
                                    + " rang to say they weren't coming.",
                            "Missed repair appointments with no notice given",
                            "An apology and payment for the time taken off work",
                            "Our contractor's records confirm the appointments were missed and you were not told."
                                    + " That falls short of our standard of calling ahead when an appointment cannot"
                                    + " be kept.",
                            "The contractor's records show two of the visits were attended with no answer at the"
                                    + " door and a calling card left; the other was rearranged with you by text the"
                                    + " day before.",
                            "Book the outstanding repair on a confirmed morning appointment",
                            RemedyType.POLICY_CHANGE,
                            "Our repairs contractor must now ring residents by 10am when an appointment will be"
                                    + " missed"),
                    new Issue(
                            "The {room} window won't shut and there's a draught coming in all the time. Your system"
                                    + " says the job is done but nobody has fixed it.",
                            "Window repair closed on the system when the work had not been done",
                            "Repair the window and correct the record",
                            "The job was closed in error when the operative ordered a part. The part was never"
                                    + " fitted and the job was not reopened.",
                            "The operative's photographs show the window refitted and closing properly on the day."
                                    + " The hinge problem you describe is new and has been raised as a new job.",
                            "Fit a new hinge to the {room} window and check the seals",
                            RemedyType.RECORD_AMENDED,
                            "The repair record reopened and corrected to show the work outstanding"),
                    new Issue(
                            "The bathroom was refitted in the summer and the work is poor. The tiles are coming away,"
                                    + " the bath panel is loose and the sealant has already gone black.",
                            "Quality of the bathroom refit",
                            "Put the defects right",
                            "Our surveyor's inspection found the tiling and sealant were not to the standard in our"
                                    + " contract, and the contractor has agreed to return at its own cost.",
                            "Our surveyor inspected the refit and found it meets the contract standard. The black"
                                    + " marks are surface mould on the sealant, which cleans off, and we have given"
                                    + " advice on ventilation.",
                            "Contractor to relay the loose tiles, refit the bath panel and renew the sealant",
                            RemedyType.ACTION_ON_DELAY,
                            "A supervisor to sign off the remedial work with you before the job is closed"),
                    new Issue(
                            "My front door lock has been broken for {weeks} weeks. I can't lock my door at night and"
                                    + " I don't feel safe.",
                            "Delay repairing the front door lock",
                            "Repair the lock urgently",
                            "A broken lock on an entrance door is an emergency repair under our policy, to be made"
                                    + " safe within 24 hours. It was wrongly logged as a routine repair.",
                            "The door was made secure within 24 hours of your call, and the replacement lock was"
                                    + " fitted on the date agreed with you.",
                            "Fit a new front door lock and give the resident the keys",
                            RemedyType.RECORD_AMENDED,
                            "The job re-categorised as an emergency so that the contractor's performance on it is"
                                    + " measured properly")),
            List.of(
                    "I've had to take days off work for this.",
                    "We're using buckets to catch the water.",
                    "My mum is 84, she lives with me and she has been cold for weeks.",
                    "It has been going on far too long."),
            List.of(new Definition.NotResponsible(
                    "Damage to the resident's own furniture and carpets", "the resident's contents insurer")));

    private RepairsWording() {}
}
