package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about anti-social behaviour: noise not acted on, a case closed without
 * contact, a broken door entry and a neighbour's dog.
 */
final class AntisocialBehaviourWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "I have reported the noise from next door {times} times and nothing has been done. Loud"
                                    + " music until 3am most weekends.",
                            "No action on repeated reports of late-night noise from a neighbouring home",
                            "Action against the neighbour, and to be kept informed",
                            "You reported the noise {times} times, but no action plan was agreed with you and no"
                                    + " diary sheets were sent, which our ASB policy requires within five working"
                                    + " days.",
                            "Each report was logged and acted on: the neighbour was visited and warned, and noise"
                                    + " monitoring equipment was installed. The recordings did not show noise at a"
                                    + " level we could act on.",
                            "Agree an action plan with the resident and install noise monitoring",
                            RemedyType.ACTION_ON_DELAY,
                            "A named ASB officer to contact you within two working days"),
                    new Issue(
                            "My ASB case was closed without anyone speaking to me, and I was never told what was"
                                    + " happening.",
                            "ASB case closed without contact or an explanation",
                            "Reopen the case and explain what was done",
                            "The case was closed without the closing call our procedure requires, and no letter was"
                                    + " sent.",
                            "The case was closed after eight weeks without any reports; our officer called you twice"
                                    + " and wrote to you before closing it.",
                            "Call the resident weekly while the case is open",
                            RemedyType.RECORD_AMENDED,
                            "The ASB case reopened"),
                    new Issue(
                            "The door entry to the block has been broken for weeks, so anyone can get in, and people"
                                    + " are taking drugs in the stairwell.",
                            "Broken door entry letting people into the block, and drug use in the stairwell",
                            "Repair the door entry and deal with the drug use",
                            "The door entry repair took five weeks against our target of five working days for a"
                                    + " security repair.",
                            "The door entry was repaired within our target each time it was damaged. We have"
                                    + " reported the drug use to the police and added CCTV to the block.",
                            "Fit a vandal-resistant door entry panel",
                            RemedyType.ACTION_ON_DELAY,
                            "Security patrols of the block until the new panel is fitted"),
                    new Issue(
                            "My neighbour's dog barks all day and it went for my grandson in the garden.",
                            "Nuisance and risk from a neighbour's dog",
                            "Deal with the dog",
                            "A breach of tenancy was reported but nobody visited the neighbour for six weeks.",
                            "We visited the neighbour the week you reported it; they have signed an acceptable"
                                    + " behaviour contract, and the dog warden has visited too.",
                            "Review the acceptable behaviour contract with the neighbour",
                            RemedyType.EXPLANATION,
                            "An explanation of the steps we can take under the tenancy agreement, and what happens"
                                    + " next")),
            List.of(
                    "I'm not sleeping and I've been signed off work with stress.",
                    "My children are scared to go out.",
                    "I don't feel safe in my own home."),
            List.of(
                    new Definition.NotResponsible("The criminal damage to the resident's car", "Riverside Police"),
                    new Definition.NotResponsible(
                            "Noise from a privately owned house on Mill Lane",
                            "Riverside Borough Council environmental health team")));

    private AntisocialBehaviourWording() {}
}
