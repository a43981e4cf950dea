package org.putright.demo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Direction;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Party;

/**
 * The words a complaints team writes whatever a complaint is about: the resident's openings and
 * closings, questions, reasons for extensions, withdrawals, closures, payments, progress notes,
 * refusals and the correspondence kept beside the steps. What is particular to a kind of complaint
 * is in its {@link Wording}.
 */
final class StockPhrases {

    // Dates as the team writes them in letters.
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    // The point a stage 2 review sometimes adds: how stage 1 was handled, which no category's
    // issues cover.
    static final String HANDLING_POINT = "How the complaint was handled at stage 1";
    static final String HANDLING_OUTCOME = "A fair review of the whole complaint";
    static final String HANDLING_UPHELD =
            "The stage 1 response did not address every point you raised, and it was sent without the"
                    + " evidence we had asked the contractor for.";
    static final String HANDLING_NOT_UPHELD =
            "The stage 1 response addressed each point with its reasons and the evidence behind them.";
    // For a point that no issue's words match: one logged from another complaint, whose
    // placeholders that complaint filled in.
    static final String GENERIC_UPHELD =
            "We looked into this and agree we got it wrong: our records show we did not do what we said we"
                    + " would, when we said we would.";
    static final String GENERIC_NOT_UPHELD =
            "We looked into this and found we acted in line with our policy; our records show what was done"
                    + " and when.";
    // Why extensions go beyond the edition's cap, which the Code allows only for good reason (6.4).
    static final String GOOD_REASON =
            "A structural engineer must inspect the building before we can answer point 1, and the earliest"
                    + " date one can attend is beyond the usual extension. The resident agreed to wait so that"
                    + " the response is complete.";

    static final List<String> OPENERS = List.of(
            "",
            "",
            "I want to make a complaint.",
            "I'm writing because I'm really fed up.",
            "This is the third time I've had to contact you about this.",
            "I don't usually complain but I've had enough.",
            "Please can someone look into this.");
    static final List<String> CLOSERS = List.of(
            "I want this sorted out.",
            "Please can someone ring me.",
            "I'm not happy and I want it looked into properly.",
            "I want to know what you are going to do about it.",
            "If it isn't sorted I will go to the Ombudsman.",
            "I'd like some compensation for the stress.",
            "Please put this right.");
    static final List<String> CLARIFICATIONS = List.of(
            "Could you tell us the dates of the appointments that were missed?",
            "Which rooms are affected, and since when?",
            "Is this about the same repair as your earlier call, or a new one?",
            "What would you like us to do to put this right?");
    static final List<String> EXTENSIONS = List.of(
            "We are waiting for the specialist's inspection report, which we need to answer the complaint"
                    + " properly.",
            "We need the contractor's job records and photographs, which have been requested.",
            "The officer involved is on leave and we need to speak to them before we respond.",
            "We need to inspect the home again, and the first appointment you could offer is next week.");
    static final List<String> STAGE_TWO_EXTENSIONS = List.of(
            "The independent surveyor's report is due next week and the review depends on it.",
            "We need to interview the staff involved, some of whom are on leave.",
            "We have asked the contractor for evidence it has not yet provided.");
    static final List<String> ESCALATION_REASONS = List.of(
            "I'm not happy with the response; the problem has come back.",
            "The stage 1 response didn't answer my question about compensation.",
            "Nothing that was promised at stage 1 has happened.",
            "The response doesn't reflect what actually happened.",
            "The compensation offered doesn't cover what we have been through.");
    static final List<String> EARLY_WITHDRAWALS = List.of(
            "Resident rang to say the repair has now been done and she no longer wants to complain.",
            "Resident said he only wanted the repair booked, which has been done.",
            "Resident withdrew the complaint after speaking to the housing officer.");
    static final List<String> OPEN_WITHDRAWALS = List.of(
            "Resident withdrew the complaint: the neighbour has moved out.",
            "Resident is happy with the work now done and asked us to close the complaint.",
            "Resident is moving away and no longer wishes to pursue the complaint.",
            "Resident's representative confirmed in writing that the complaint is withdrawn.");
    static final List<String> CLOSURES = List.of(
            "Response accepted by the resident; remedies and actions are being followed through.",
            "No reply to the response; closed with the outstanding actions tracked.",
            "Resident confirmed by phone that she is happy with the outcome.");
    static final List<String> PAYMENTS = List.of(
            "for the distress and inconvenience caused, paid to your bank account",
            "for the time and trouble you have been put to in pursuing the complaint",
            "for the delay, paid as a credit to your rent account",
            "for the loss of use of part of your home during the delay",
            "for the time taken off work for missed appointments");
    static final List<String> ACTION_PROGRESS = List.of(
            "Contractor booked; resident told the date by phone.",
            "Parts on order; resident updated by text.",
            "Survey done; report awaited and resident told.",
            "Spoke to the resident and agreed access for next week.");
    static final List<String> ACTION_DONE = List.of(
            "Done, and the resident confirmed she is happy with it.",
            "Completed; supervisor inspected and signed it off.",
            "Completed and the resident told in writing.");
    static final List<String> OTHER_REFUSALS = List.of(
            "The complaint is about the council's decision on your housing benefit, which Riverside Homes does"
                    + " not make. With your consent we have passed it to Riverside Borough Council's benefits"
                    + " team, who will reply to you.",
            "The complaint is about the condition of a privately rented house next door, which we do not own or"
                    + " manage. We have given you the council's private housing team's details.",
            "The complaint is about a home insurance claim you made to your own insurer, who will deal with it"
                    + " under their complaints procedure.");
    static final List<Letter> CORRESPONDENCE = List.of(
            new Letter(
                    Direction.IN,
                    Party.RESIDENT,
                    "PHONE",
                    "Resident rang for an update",
                    "Told her the investigation is under way and when the response is due."),
            new Letter(
                    Direction.OUT,
                    Party.RESIDENT,
                    "PHONE",
                    "Called the resident to talk through the complaint",
                    "Went through each point and the outcome wanted; the resident agreed the definition."),
            new Letter(
                    Direction.OUT,
                    Party.CONTRACTOR,
                    "EMAIL",
                    "Asked the contractor for the job history",
                    "Asked Riverside Repairs Ltd for the job sheets, appointment log and photographs."),
            new Letter(
                    Direction.IN,
                    Party.CONTRACTOR,
                    "EMAIL",
                    "Contractor sent the job history",
                    "Job sheets, appointment log and photographs received and saved to the case."),
            new Letter(
                    Direction.IN,
                    Party.RESIDENT,
                    "EMAIL",
                    "Resident sent photographs",
                    "Photographs of the {room} received by email."),
            new Letter(
                    Direction.OUT,
                    Party.RESIDENT,
                    "EMAIL",
                    "Update to the resident",
                    "Explained what we are waiting for and when we expect to respond."),
            new Letter(
                    Direction.IN,
                    Party.OTHER,
                    "EMAIL",
                    "Ward councillor asked for an update",
                    "Councillor asked on the resident's behalf; replied with the resident's consent."),
            new Letter(
                    Direction.OUT,
                    Party.OTHER,
                    "EMAIL",
                    "Asked the surveying team for the inspection report",
                    "Report requested for the investigation."));

    /** A letter, call or email kept on the record beside the steps; its body may hold placeholders. */
    record Letter(Direction direction, Party party, String channel, String subject, String body) {}

    private StockPhrases() {}
}
