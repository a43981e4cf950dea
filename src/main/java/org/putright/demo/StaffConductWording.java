package org.putright.demo;

import java.util.List;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about staff conduct: an officer's manner, a contractor's mess, a call
 * ended and an operative in the home.
 */
final class StaffConductWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "The officer who came for the tenancy visit was rude to me and talked over me in front"
                                    + " of my children.",
                            "The housing officer's manner at the tenancy visit",
                            "An apology, and a different officer in future",
                            "The officer accepts that he cut the visit short and did not listen to your concerns;"
                                    + " his manager has discussed this with him.",
                            "We spoke to the officer and to the colleague who was with him, and both say the visit"
                                    + " was courteous. We cannot find that the officer was rude, but we have noted"
                                    + " your request for a different officer.",
                            "Assign a different housing officer to the tenancy",
                            RemedyType.EXPLANATION,
                            "An explanation of what a tenancy visit is for and how it should be carried out"),
                    new Issue(
                            "The contractor left the job half finished, dumped rubbish in my garden and swore at my"
                                    + " neighbour.",
                            "The contractor's conduct and the rubbish left in the garden",
                            "Clear the rubbish and an apology",
                            "The contractor has confirmed the waste was left behind, and the operative no longer"
                                    + " works on our contract.",
                            "The waste in the garden was left by a previous occupier, not our contractor; we have"
                                    + " arranged to clear it anyway.",
                            "Clear the rubbish from the garden",
                            RemedyType.POLICY_CHANGE,
                            "Contractors must now photograph the site as they leave before a job can be closed"),
                    new Issue(
                            "When I rang the contact centre I was told I was 'always complaining' and the call was"
                                    + " ended.",
                            "How the resident was spoken to on the phone, and the call being ended",
                            "An apology, and someone to listen to the call",
                            "We listened to the call recording. The adviser's comment was unacceptable and the call"
                                    + " should not have been ended.",
                            "We listened to the call recording. The adviser was polite; the call dropped because of"
                                    + " a fault, and the adviser tried to call you back twice.",
                            "Team leader to review the call with the adviser and agree training",
                            RemedyType.ACKNOWLEDGEMENT,
                            "We acknowledge how the call made you feel; you should be able to raise concerns"
                                    + " without being judged"),
                    new Issue(
                            "The operative came in without covering his shoes, didn't show any ID and left mud on"
                                    + " the carpet.",
                            "The operative's conduct in the home",
                            "Staff to follow the code of conduct, and the carpet cleaned",
                            "Our code of conduct requires operatives to show ID and protect floor coverings, and"
                                    + " this was not followed.",
                            "The operative's job notes and photographs show shoe covers were worn; we have not been"
                                    + " able to confirm what happened.",
                            "Professional clean of the hall carpet",
                            RemedyType.ACTION_ON_DELAY,
                            "Carpet cleaning booked at our cost")),
            List.of(
                    "I felt humiliated.",
                    "I've been a tenant for 20 years and have never been treated like that.",
                    "It really upset me."),
            List.of());

    private StaffConductWording() {}
}
