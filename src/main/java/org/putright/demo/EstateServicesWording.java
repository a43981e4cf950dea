package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about estate services: cleaning, the lift, fly-tipping, grass cutting and
 * communal lighting.
 */
final class EstateServicesWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "The communal areas in our block haven't been cleaned for weeks, and we pay a service"
                                    + " charge for cleaning.",
                            "Communal cleaning not carried out",
                            "Cleaning to the schedule, and a refund of the charge",
                            "The cleaning contractor's logs show the block was missed for {weeks} weeks.",
                            "The contractor's logs, with dated photographs, show the block was cleaned every week;"
                                    + " we have asked for an extra clean of the stairs.",
                            "Contract manager to inspect the cleaning every week for two months",
                            RemedyType.ACTION_ON_DELAY,
                            "A deep clean of the block this week"),
                    new Issue(
                            "The lift in our block has been broken for {weeks} weeks. I live on the seventh floor"
                                    + " and I have a bad hip.",
                            "Lift out of service for {weeks} weeks",
                            "Repair the lift, and help for residents who can't use the stairs",
                            "Parts took longer than expected, but we did not tell residents or offer help to those"
                                    + " who cannot use the stairs, as we should have.",
                            "The lift was out of service for planned modernisation, notified to every resident in"
                                    + " advance, and a temporary move was offered to anyone who could not manage the"
                                    + " stairs.",
                            "Finish the lift repair and write to residents with the date",
                            RemedyType.ACTION_ON_DELAY,
                            "A temporary move, or shopping delivered, until the lift works"),
                    new Issue(
                            "Rubbish has been dumped by the bin store for weeks and it's attracting rats.",
                            "Fly-tipping left at the bin store, and rats",
                            "Clear it and deal with the rats",
                            "The reports were logged but the clearance was never ordered.",
                            "The fly-tipping was cleared within five working days of each report, which is our"
                                    + " target, and pest control has baited the bin store.",
                            "Pest control to treat the bin store and return in two weeks",
                            RemedyType.ACTION_ON_DELAY,
                            "The bin store cleared and pest control booked"),
                    new Issue(
                            "The grass on the estate hasn't been cut all summer and the paths are overgrown.",
                            "Grass cutting on the estate not done",
                            "Cut the grass as scheduled",
                            "The grounds contractor missed four scheduled cuts.",
                            "The grass was cut to the schedule; the overgrown land by the play area belongs to the"
                                    + " council, which we have told.",
                            "Grounds contractor to cut the grass and clear the paths",
                            RemedyType.EXPLANATION,
                            "An explanation of the grounds maintenance schedule"),
                    new Issue(
                            "The lights in the stairwell and the car park have been out for weeks. It's dangerous at"
                                    + " night.",
                            "Communal lighting not working",
                            "Fix the lights",
                            "Communal lighting is a priority repair, but it was logged as routine.",
                            "The lights were repaired within our target; they failed again because of a cable"
                                    + " fault, which has now been found and fixed.",
                            "Electrician to replace the stairwell and car park lights",
                            RemedyType.ACTION_ON_DELAY,
                            "Temporary lighting put up until the new lights are fitted")),
            List.of(
                    "It's not safe for the kids.",
                    "We pay for this service and we're not getting it.",
                    "The estate is a disgrace."),
            List.of(
                    new Definition.NotResponsible(
                            "Street lighting on the public road", "Riverside Borough Council highways team"),
                    new Definition.NotResponsible(
                            "Household bin collections", "Riverside Borough Council waste services"),
                    new Definition.NotResponsible(
                            "The play area on Weavers Green", "Riverside Borough Council parks team")));

    private EstateServicesWording() {}
}
