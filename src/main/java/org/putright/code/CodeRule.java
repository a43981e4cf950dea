package org.putright.code;

import static org.putright.code.Enforcement.BY_DESIGN;
import static org.putright.code.Enforcement.MONITORS;
import static org.putright.code.Enforcement.REFUSES;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every rule of the Complaint Handling Code that Putright enforces, with the 2024 provision it
 * implements. A rule the Code states again for stage 2 (extensions, findings, letters) names that
 * provision too, so a breach at stage 2 cites 6.15 rather than 6.4.
 *
 * <p>The slug is the problem type the API reports, so renaming a constant changes a public
 * contract.
 */
public enum CodeRule implements Rule, CitesProvisions {
    COMPLAINT_WORD_NOT_NEEDED(
            BY_DESIGN,
            "1.3",
            "The word 'complaint' is not needed",
            "Any expression of dissatisfaction can be logged as a complaint in one step, so nobody has to use the"
                    + " word 'complaint' first."),
    SERVICE_REQUEST_CONTINUES(
            BY_DESIGN,
            "1.5",
            "A complaint leaves its service request open",
            "When a resident is unhappy with the response to a service request a complaint is raised, and the"
                    + " service request stays open until the work is done."),
    REFUSAL_WITHOUT_GROUND(
            REFUSES,
            "2.1",
            "5.11",
            "Refusal needs a ground",
            "A complaint or an escalation can be refused only on a ground the complaints policy sets out, such as"
                    + " the issue being over 12 months old or legal proceedings having started."),
    REFUSAL_WITHOUT_REASONS(
            REFUSES,
            "2.4",
            "5.11",
            "Refusal needs reasons",
            "A refusal must give written reasons that deal with this complaint's own circumstances, because they"
                    + " go to the resident with their right to ask the Ombudsman to review the decision."),
    DISCRETION_NOT_DECIDED(
            REFUSES,
            "2.3",
            "Decide on discretion for an old issue",
            "When the issue is more than 12 months old, record whether discretion is used to accept the complaint"
                    + " anyway, and why, before accepting or refusing it."),
    REPRESENTATIVE_WITHOUT_AUTHORITY(
            REFUSES,
            "3.6",
            "Representative needs the resident's authority",
            "Someone can act for a resident once the resident's authority for them is recorded, so that letters"
                    + " and personal details go only to the right people."),
    NO_EXTRA_STAGE(
            BY_DESIGN,
            "5.2",
            "No stage 0 or informal stage",
            "Every complaint starts at stage 1, because extra named stages such as 'stage 0' or 'informal"
                    + " complaint' confuse residents and delay them."),
    NO_THIRD_STAGE(
            REFUSES,
            "5.3",
            "No third stage",
            "Stage 2 is the landlord's final response, so a complaint cannot be escalated again; a resident who is"
                    + " still dissatisfied can go to the Housing Ombudsman."),
    ACKNOWLEDGEMENT_WITHOUT_DEFINITION(
            REFUSES,
            "5.6",
            "Acknowledgement needs the complaint definition",
            "A complaint is acknowledged at either stage only with its definition: the landlord's understanding of"
                    + " each point and the outcome the resident is seeking."),
    RESPONSIBILITY_UNCLEAR(
            REFUSES,
            "5.7",
            "Say who is responsible",
            "Any part of the complaint the landlord is not responsible for must say who is, so the resident knows"
                    + " where to take it."),
    UPDATE_INTERVAL_NOT_AGREED(
            REFUSES,
            "5.9",
            "Agree how often to update the resident",
            "When a response will be later than the Code's timescale, agree with the resident how often they will"
                    + " be updated, so that reminders can be set."),
    ADJUSTMENT_WITHOUT_REVIEW(
            REFUSES,
            "5.10",
            "Reasonable adjustment needs a review date",
            "A reasonable adjustment is recorded with the date it will next be reviewed, because agreed"
                    + " adjustments must be kept under active review."),
    RECORD_IS_APPEND_ONLY(
            BY_DESIGN,
            "5.12",
            "The complaint record cannot be changed",
            "Nothing recorded on a complaint can be edited or deleted, so the full record survives; a mistake is"
                    + " explained by a further entry, such as a note of correspondence."),
    REMEDY_AT_ANY_STAGE(
            BY_DESIGN,
            "5.13",
            "Remedies at any stage",
            "A remedy can be offered at stage 1 as well as stage 2, so a resident never has to escalate to have"
                    + " things put right."),
    RESTRICTION_WITHOUT_REASON_OR_REVIEW(
            REFUSES,
            "5.14",
            "Restriction needs a reason and a review date",
            "A restriction on contact for unacceptable behaviour is recorded with the evidenced reason for it and"
                    + " the date it will be reviewed."),
    RESTRICTION_NEVER_BLOCKS_COMPLAINT(
            BY_DESIGN,
            "5.15",
            "Restrictions never stop a complaint",
            "A contact restriction can change how the landlord and the resident communicate but never stops the"
                    + " resident making or escalating a complaint."),
    ACKNOWLEDGEMENT_OVERDUE(
            MONITORS,
            "6.2",
            "6.11",
            "Acknowledge on time",
            "A complaint is acknowledged within the Code's timescale, five working days of receipt or of the"
                    + " escalation request, and a late acknowledgement is still recorded but counted as late."),
    RESPONSE_OVERDUE(
            MONITORS,
            "6.3",
            "6.14",
            "Respond on time",
            "A response is due within the Code's timescale after acknowledgement, 10 working days at stage 1 and 20"
                    + " at stage 2 plus any extension, and a late response is still sent but counted as late."),
    EXTENSION_WITHOUT_REASON(
            REFUSES,
            "6.4",
            "6.15",
            "Extension needs a reason",
            "An extension must explain to the resident why the response needs more time."),
    EXTENSION_AFTER_DEADLINE(
            REFUSES,
            "6.4",
            "6.15",
            "Extension after the deadline",
            "An extension must be given on or before the deadline it extends; once that deadline has passed the"
                    + " response is late and can no longer be extended."),
    EXTENSION_BEYOND_CAP(
            REFUSES,
            "6.4",
            "6.15",
            "Extension beyond the cap needs a good reason",
            "A stage's extensions may add up to the Code's cap, 10 working days at stage 1 and 20 at stage 2, and"
                    + " going past it needs a recorded good reason."),
    EXTENSION_WITHOUT_OMBUDSMAN_CONTACT(
            REFUSES,
            "6.5",
            "6.16",
            "Extension needs the Ombudsman's contact details",
            "A resident told of an extension must be given the Housing Ombudsman's contact details, so an"
                    + " extension letter cannot go out while the landlord's Ombudsman contact text is empty."),
    OUTSTANDING_ACTION_UNTRACKED(
            REFUSES,
            "6.6",
            "6.17",
            "Outstanding action needs an owner and a due date",
            "A response can be sent before every action is done, but each outstanding action needs an owner and a"
                    + " due date so that it is tracked and the resident kept up to date."),
    POINT_WITHOUT_FINDING(
            REFUSES,
            "6.7",
            "6.18",
            "Every point needs a finding",
            "A response must give a finding, with clear reasons, on every point of the complaint definition."),
    ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT(
            BY_DESIGN,
            "6.8",
            "New issue needs a new complaint",
            "A new issue joins the open stage 1 only if it is related and the stage 1 response has not been sent;"
                    + " otherwise it is logged as a new complaint."),
    LETTER_INCOMPLETE(
            REFUSES,
            "6.9",
            "6.19",
            "Response letter is incomplete",
            "A response letter is sent only when it states the stage, the complaint definition, the decision, the"
                    + " reasons, any remedy, any outstanding actions and how to escalate."),
    ESCALATION_REASON_NOT_REQUIRED(
            BY_DESIGN,
            "6.12",
            "No reason needed to escalate",
            "A resident can ask for stage 2 without saying why, and a reason is recorded only if they give one."),
    STAGE_TWO_HANDLER_NOT_INDEPENDENT(
            REFUSES,
            "6.13",
            "Stage 2 needs a different handler",
            "The person who considers a complaint at stage 2 cannot be the person who considered it at stage 1."),
    REMEDY_WITHOUT_DUE_DATE(
            REFUSES,
            "7.3",
            "Remedy needs a due date",
            "A remedy must say what will happen and by when, so it is recorded with a due date and followed"
                    + " through to completion."),
    FINANCIAL_REMEDY_NEEDS_APPROVAL(
            REFUSES,
            "7.4",
            "Financial remedy over your limit needs approval",
            "A financial remedy above your compensation limit is offered only once someone whose limit covers it"
                    + " approves it, in line with the Ombudsman's remedies guidance.");

    private final Enforcement enforcement;
    // ProvisionNumber is a record of two ints, so immutable, but Error Prone only trusts types
    // annotated @Immutable, and its annotations are not a dependency.
    @SuppressWarnings("ImmutableEnumChecker")
    private final ProvisionNumber provision;

    @SuppressWarnings("ImmutableEnumChecker")
    private final @Nullable ProvisionNumber stageTwoProvision;

    private final String title;
    private final String explanation;

    CodeRule(Enforcement enforcement, String provision, String title, String explanation) {
        this(enforcement, ProvisionNumber.parse(provision), null, title, explanation);
    }

    CodeRule(Enforcement enforcement, String provision, String stageTwoProvision, String title, String explanation) {
        this(
                enforcement,
                ProvisionNumber.parse(provision),
                ProvisionNumber.parse(stageTwoProvision),
                title,
                explanation);
    }

    CodeRule(
            Enforcement enforcement,
            ProvisionNumber provision,
            @Nullable ProvisionNumber stageTwoProvision,
            String title,
            String explanation) {
        this.enforcement = enforcement;
        this.provision = provision;
        this.stageTwoProvision = stageTwoProvision;
        this.title = title;
        this.explanation = explanation;
    }

    public Enforcement enforcement() {
        return enforcement;
    }

    /** The provision the rule implements: at stage 1, or at any stage when the Code states it once. */
    public ProvisionNumber provision() {
        return provision;
    }

    /** The provision the rule implements at stage 1 or stage 2. */
    public ProvisionNumber provisionAt(int stage) {
        return switch (stage) {
            case 1 -> provision;
            case 2 -> stageTwoProvision == null ? provision : stageTwoProvision;
            default -> throw new IllegalArgumentException("There is no stage " + stage + "; the Code has two.");
        };
    }

    @Override
    public List<ProvisionNumber> provisions() {
        return stageTwoProvision == null ? List.of(provision) : List.of(provision, stageTwoProvision);
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String explanation() {
        return explanation;
    }
}
