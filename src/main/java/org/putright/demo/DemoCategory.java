package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * What the demo landlord's residents complain about, and the words a complaint of each kind is
 * made of: what residents say, how the landlord defines it, what it finds either way, and what it
 * does to put things right. Complaints are put together from these pieces, so no two read quite
 * alike, while every piece is something a real complaints team would write.
 *
 * <p>Placeholders in braces ({@code {room}}, {@code {weeks}}, {@code {times}}, {@code {month}},
 * {@code {charge}}) are filled in per complaint, the same way throughout it.
 */
@SuppressWarnings("ImmutableEnumChecker") // Its lists are List.of, which cannot change.
enum DemoCategory {
    REPAIRS(
            34,
            0.35,
            "repairs",
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
                    "Damage to the resident's own furniture and carpets", "the resident's contents insurer"))),
    DAMP_AND_MOULD(
            16,
            0.8,
            "damp and mould",
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
                    "An insurance claim for the damaged belongings", "the resident's contents insurer"))),
    ANTISOCIAL_BEHAVIOUR(
            9,
            0,
            "anti-social behaviour",
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
                            "Riverside Borough Council environmental health team"))),
    STAFF_CONDUCT(
            7,
            0,
            "staff conduct",
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
            List.of()),
    COMMUNICATION(
            11,
            0,
            "communication",
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
            List.of(new Definition.NotResponsible("Letters about council tax", "Riverside Borough Council"))),
    RENT_AND_CHARGES(
            8,
            0,
            "rent and charges",
            List.of(
                    new Issue(
                            "I've been charged £{charge} for a repair that was your responsibility, not mine.",
                            "Recharge of £{charge} for a repair the resident says was the landlord's responsibility",
                            "Cancel the recharge",
                            "The repair was needed because of fair wear and tear, which is our responsibility under"
                                    + " the tenancy agreement; the recharge should not have been raised.",
                            "The operative's photographs show damage to the door that is not fair wear and tear, and"
                                    + " the recharge follows our recharge policy. You can pay it in instalments.",
                            "Remove the recharge from the resident's account",
                            RemedyType.DECISION_CHANGED,
                            "The recharge of £{charge} cancelled"),
                    new Issue(
                            "My rent account says I'm in arrears but I pay by direct debit every month. A payment"
                                    + " has gone on the wrong account.",
                            "A payment put on the wrong account, showing arrears that are not owed",
                            "Correct the rent account and stop the arrears letters",
                            "The payment in {month} was put on another tenant's account by mistake.",
                            "The arrears are owed: the direct debit failed in {month} because the bank cancelled the"
                                    + " mandate. We have set up a new direct debit with you.",
                            "Check the account balance with the resident after the correction",
                            RemedyType.RECORD_AMENDED,
                            "Your rent account corrected and the arrears letters withdrawn"),
                    new Issue(
                            "The service charge went up a lot this year and nobody has explained what it's for.",
                            "Unexplained increase in the service charge",
                            "A breakdown of the charge",
                            "The increase letter did not give the breakdown our service charge policy requires.",
                            "The letter in {month} set out the breakdown: the increase pays for the new communal"
                                    + " cleaning contract, which residents were consulted about.",
                            "Send the resident a full breakdown of the service charge",
                            RemedyType.EXPLANATION,
                            "A full breakdown of the service charge and how it is worked out"),
                    new Issue(
                            "I got a notice seeking possession for arrears while my universal credit claim was still"
                                    + " being sorted out, after I'd told you about it.",
                            "Notice seeking possession served while a benefit claim was pending",
                            "Withdraw the notice and agree a payment plan",
                            "Our income policy says we do not serve a notice while a benefit claim we know about is"
                                    + " pending; the note of your call was not seen before the notice was served.",
                            "The notice was served after three months of arrears with no contact; your call about"
                                    + " the universal credit claim came after it was served. We have agreed a"
                                    + " payment plan with you.",
                            "Refer the resident for money advice and agree a payment plan",
                            RemedyType.DECISION_CHANGED,
                            "The notice seeking possession withdrawn")),
            List.of(
                    "I'm worried sick about losing my home.",
                    "I can't afford to pay for something that isn't my fault.",
                    "The letters keep coming and it's frightening."),
            List.of(
                    new Definition.NotResponsible(
                            "Payment of the universal credit housing element", "the Department for Work and Pensions"),
                    new Definition.NotResponsible("Council tax", "Riverside Borough Council"))),
    ESTATE_SERVICES(
            9,
            0,
            "estate services",
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
                            "The play area on Weavers Green", "Riverside Borough Council parks team"))),
    ALLOCATIONS(
            6,
            0,
            "allocations",
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

    private final int weight;
    private final double winterPeak;
    private final String words;
    private final List<Issue> issues;
    private final List<String> impacts;
    private final List<Definition.NotResponsible> notResponsible;

    DemoCategory(
            int weight,
            double winterPeak,
            String words,
            List<Issue> issues,
            List<String> impacts,
            List<Definition.NotResponsible> notResponsible) {
        this.weight = weight;
        this.winterPeak = winterPeak;
        this.words = words;
        this.issues = issues;
        this.impacts = impacts;
        this.notResponsible = notResponsible;
    }

    /** How many complaints in a hundred are of this kind. */
    int weight() {
        return weight;
    }

    /**
     * How much more often this kind of complaint comes in midwinter than on average: 0.8 means 80%
     * more in January and 80% fewer in July. Damp and mould, and repairs, peak in winter.
     */
    double winterPeak() {
        return winterPeak;
    }

    /** The category in words, as a sentence would use it. */
    String words() {
        return words;
    }

    List<Issue> issues() {
        return issues;
    }

    List<String> impacts() {
        return impacts;
    }

    /** Aspects such complaints often raise that are someone else's responsibility (5.7). */
    List<Definition.NotResponsible> notResponsible() {
        return notResponsible;
    }

    /**
     * One thing a resident complains about, in the words of everyone who deals with it.
     *
     * @param voice what the resident says
     * @param point the landlord's understanding of it, for the complaint definition
     * @param outcome the outcome the resident seeks
     * @param upheld the reasons when the landlord finds it got this wrong
     * @param notUpheld the reasons when it finds it did not
     * @param action what is still to be done when the point is upheld
     * @param remedy the kind of remedy that puts this point right, besides an apology and money
     * @param remedyText what that remedy is
     */
    record Issue(
            String voice,
            String point,
            String outcome,
            String upheld,
            String notUpheld,
            String action,
            RemedyType remedy,
            String remedyText) {}
}
