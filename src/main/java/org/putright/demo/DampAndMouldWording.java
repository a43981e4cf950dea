package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about damp and mould: mould that comes back, surveys not done, ruined
 * belongings, blame on the household and a broken extractor fan.
 */
final class DampAndMouldWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "There is black mould on the walls in the {room} and it keeps coming back however often I"
                                    + " clean it. My son has asthma and it's getting worse.",
                            "Recurring black mould in the {room}, affecting a child's asthma",
                            "Find and treat the cause of the damp, not just wash the mould",
                            "We washed the mould twice but did not investigate the cause, although your son's asthma"
                                    + " was on our records. Our damp and mould policy requires a survey when mould"
                                    + " comes back.",
                            "Our surveyor found no penetrating or rising damp. The mould is from condensation; we"
                                    + " have fitted a new extractor fan and sent you the survey report with advice.",
                            "Damp survey of the whole home and a written schedule of works",
                            RemedyType.ACTION_ON_DELAY,
                            "A damp specialist appointed to survey the home within 10 working days"),
                    new Issue(
                            "Someone came to do a mould wash in {month} and said a surveyor would follow, but nobody"
                                    + " ever came.",
                            "No follow-up survey after the mould wash in {month}",
                            "The promised survey and a plan of works",
                            "The operative's note asked for a survey, but the request was never passed to the"
                                    + " surveying team.",
                            "The surveyor attended on the date in our records and wrote to you with the findings; we"
                                    + " have sent you another copy.",
                            "Surveyor to inspect and send the resident a plan of works",
                            RemedyType.POLICY_CHANGE,
                            "Survey requests from mould treatments now go straight onto the surveyors' worklist"
                                    + " instead of by email"),
                    new Issue(
                            "Our clothes and the children's mattress were ruined by the mould and we had to throw"
                                    + " them away.",
                            "Belongings damaged by the mould",
                            "Compensation for the damaged belongings",
                            "The damage followed our delay in treating the cause of the damp, so we accept"
                                    + " responsibility for it.",
                            "The belongings were damaged before the damp was reported to us. We have given you our"
                                    + " insurer's details so that you can make a claim.",
                            "Deliver a replacement mattress",
                            RemedyType.ACKNOWLEDGEMENT,
                            "We acknowledge the loss of your family's belongings and the upset it caused"),
                    new Issue(
                            "I was told the mould is our fault for drying clothes inside. That's not fair, we open"
                                    + " the windows every day.",
                            "Being told the damp was caused by the household's lifestyle",
                            "An apology, and the damp treated as a repair",
                            "It was wrong to put the damp down to your lifestyle without an inspection; the"
                                    + " Ombudsman's spotlight report on damp and mould says landlords must not do"
                                    + " this.",
                            "The officer's notes show she raised a repair and gave advice on ventilation alongside"
                                    + " it; she did not say the damp was your fault. We are sorry it came across that"
                                    + " way.",
                            "Brief the housing team on the damp and mould policy",
                            RemedyType.POLICY_CHANGE,
                            "Our damp and mould policy now says staff must not attribute damp to residents'"
                                    + " lifestyle, and all staff have been briefed"),
                    new Issue(
                            "The extractor fan in the bathroom hasn't worked since we moved in.",
                            "Broken bathroom extractor fan",
                            "Fit a working fan",
                            "The fan was reported faulty at the empty-home inspection and should have been replaced"
                                    + " before you moved in.",
                            "The fan works when tested: it runs with the light and had been switched off at the"
                                    + " isolator. The electrician showed you how it works.",
                            "Fit a humidity-controlled extractor fan in the bathroom",
                            RemedyType.ACTION_ON_DELAY,
                            "Electrician booked to fit the new fan this week")),
            List.of(
                    "My son's asthma is worse and the doctor says it's the damp.",
                    "The whole flat smells musty and we're all coughing.",
                    "I'm embarrassed to have anyone round.",
                    "We're all sleeping in the living room now."),
            List.of(new Definition.NotResponsible(
                    "An insurance claim for the damaged belongings", "the resident's contents insurer")));

    private DampAndMouldWording() {}
}
