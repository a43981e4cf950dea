package org.putright.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.Timescales;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent;
import org.putright.complaint.ComplaintEvent.ClarificationRequested;
import org.putright.complaint.ComplaintEvent.ComplaintAcknowledged;
import org.putright.complaint.ComplaintEvent.ComplaintRefused;
import org.putright.complaint.ComplaintEvent.ComplaintResponded;
import org.putright.complaint.ComplaintEvent.ResponseExtended;
import org.putright.complaint.Decision;
import org.putright.complaint.Definition;
import org.putright.complaint.Finding;
import org.putright.complaint.OutstandingAction;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.Remedy;
import org.putright.letter.LetterContent.Condition;
import org.putright.letter.LetterContent.Text;
import org.putright.settings.LandlordSettings;
import org.putright.settings.LetterSettings;

/**
 * Writes the content of the letter the Code requires for a step of a complaint, from the record
 * alone: what the step recorded, the complaint as it now stands, the landlord's settings and
 * calendar. Everything a resident must be told is a section tagged with its {@link LetterItem};
 * the landlord's template supplies the words around them.
 *
 * <p>"No remedy" and "no outstanding actions" are said in so many words, so items e and f of a
 * response are never silently absent (6.9, 6.19).
 */
public final class LetterWriter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final LandlordSettings settings;
    private final WorkingCalendar calendar;
    private final Timescales timescales;
    private final Function<String, Optional<String>> staffNames;

    /**
     * @param staffNames the full name of a member of staff by username, if there is one
     */
    public LetterWriter(
            LandlordSettings settings,
            WorkingCalendar calendar,
            Timescales timescales,
            Function<String, Optional<String>> staffNames) {
        this.settings = settings;
        this.calendar = calendar;
        this.timescales = timescales;
        this.staffNames = staffNames;
    }

    /** The type and stage of letter a step requires, if it requires one. */
    public static Optional<Due> dueFor(ComplaintEvent event, int currentStage) {
        return Optional.ofNullable(
                switch (event) {
                    case ComplaintAcknowledged acknowledged ->
                        new Due(LetterType.ACKNOWLEDGEMENT, acknowledged.stage());
                    case ClarificationRequested ignored -> new Due(LetterType.CLARIFICATION, currentStage);
                    case ResponseExtended extended -> new Due(LetterType.EXTENSION, extended.stage());
                    case ComplaintResponded responded -> new Due(LetterType.RESPONSE, responded.stage());
                    case ComplaintRefused refused ->
                        new Due(
                                refused.stage() == 1 ? LetterType.REFUSAL : LetterType.ESCALATION_REFUSAL,
                                refused.stage());
                    default -> null;
                });
    }

    /** A letter due for a step: its type and the stage it belongs to. */
    public record Due(LetterType type, int stage) {}

    /**
     * The letter a recorded step requires.
     *
     * @param signedBy the username of the member of staff who signs it
     */
    public Optional<LetterContent> write(
            Complaint complaint, ComplaintEvent event, Recipient recipient, String signedBy) {
        Optional<Due> due = dueFor(event, complaint.stage());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        int stage = due.get().stage();
        Map<LetterItem, List<Block>> sections = new EnumMap<>(LetterItem.class);
        switch (event) {
            case ComplaintAcknowledged acknowledged -> acknowledgement(complaint, acknowledged, sections);
            case ClarificationRequested clarification ->
                sections.put(LetterItem.QUESTION, List.of(new Block.Paragraph(sentence(clarification.question()))));
            case ResponseExtended extended -> extension(complaint, extended, sections);
            case ComplaintResponded responded -> response(complaint, responded, sections);
            case ComplaintRefused refused -> refusal(refused, sections);
            default -> throw new IllegalStateException("No letter for " + event.name());
        }
        sections.put(LetterItem.SIGNATURE, signature(signedBy));
        return Optional.of(content(complaint, due.get().type(), stage, event.at(), recipient, sections));
    }

    /** An update to the resident at the agreed interval (5.9), saying where the complaint stands. */
    public LetterContent update(
            Complaint complaint, Instant at, String progress, Recipient recipient, String signedBy) {
        Map<LetterItem, List<Block>> sections = new EnumMap<>(LetterItem.class);
        sections.put(LetterItem.PROGRESS, paragraphs(progress));
        List<Block> when = new ArrayList<>();
        var deadlines = complaint.deadlines(calendar, timescales);
        if (deadlines.respondBy() != null) {
            when.add(new Block.Paragraph(
                    "We expect to send you our full response by " + date(deadlines.respondBy()) + "."));
        }
        LocalDate nextUpdate = complaint.nextUpdateBy(calendar);
        if (nextUpdate != null) {
            when.add(new Block.Paragraph("We will update you again by " + date(nextUpdate) + "."));
        }
        sections.put(LetterItem.RESPONSE_DATE, when);
        sections.put(LetterItem.SIGNATURE, signature(signedBy));
        return content(complaint, LetterType.UPDATE, complaint.stage(), at, recipient, sections);
    }

    private LetterContent content(
            Complaint complaint,
            LetterType type,
            int stage,
            Instant at,
            Recipient recipient,
            Map<LetterItem, List<Block>> sections) {
        Map<Text, String> texts = new EnumMap<>(Text.class);
        texts.put(Text.RECIPIENT_NAME, recipient.name());
        texts.put(Text.RESIDENT_NAME, recipient.onBehalfOf() == null ? recipient.name() : recipient.onBehalfOf());
        texts.put(Text.REFERENCE, complaint.reference().value());
        texts.put(Text.LANDLORD_NAME, settings.name());
        texts.put(Text.STAGE, "stage " + stage);
        texts.put(Text.DATE, date(WorkingCalendar.dayOf(at)));
        Set<Condition> conditions = EnumSet.of(stage == 1 ? Condition.STAGE_1 : Condition.STAGE_2);
        if (recipient.isRepresentative()) {
            conditions.add(Condition.REPRESENTATIVE);
        }
        return new LetterContent(
                type,
                stage,
                complaint.reference().value(),
                at,
                recipient,
                settings.name(),
                sections,
                texts,
                conditions);
    }

    // --- The letters --------------------------------------------------------------------------

    private void acknowledgement(
            Complaint complaint, ComplaintAcknowledged acknowledged, Map<LetterItem, List<Block>> sections) {
        Definition definition = acknowledged.definition();
        sections.put(
                LetterItem.DEFINITION,
                List.of(
                        new Block.Paragraph(
                                definition.points().size() == 1
                                        ? "We understand your complaint to be about this:"
                                        : "We understand your complaint to be about these points:"),
                        points(definition)));
        sections.put(LetterItem.RESPONSIBILITY, responsibility(definition));
        LocalDate respondBy = complaint.respondBy(acknowledged.stage(), calendar, timescales);
        if (respondBy != null) {
            sections.put(
                    LetterItem.RESPONSE_DATE,
                    List.of(new Block.Paragraph("We will send you our full response by " + date(respondBy)
                            + ". If we need more time, we will tell you why before then.")));
        }
        List<Block> handler = new ArrayList<>();
        Optional<String> name = named(acknowledged.handler());
        handler.add(new Block.Paragraph(name.map(person -> person + " is handling your complaint.")
                .orElse("A member of our complaints team is handling your complaint.")));
        if (acknowledged.stage() == 2) {
            handler.add(new Block.Paragraph(
                    name.isPresent()
                            ? "They did not deal with your complaint at stage 1."
                            : "This is not the person who dealt with your complaint at stage 1."));
        }
        sections.put(LetterItem.HANDLER, handler);
    }

    private void extension(Complaint complaint, ResponseExtended extended, Map<LetterItem, List<Block>> sections) {
        List<Block> reasons = new ArrayList<>(paragraphs(extended.reason()));
        if (extended.goodReason() != null) {
            reasons.addAll(paragraphs(extended.goodReason()));
        }
        sections.put(LetterItem.EXTENSION_REASON, reasons);
        LocalDate respondBy = complaint.respondBy(extended.stage(), calendar, timescales);
        if (respondBy != null) {
            sections.put(
                    LetterItem.RESPONSE_DATE,
                    List.of(new Block.Paragraph("We will now send you our full response by " + date(respondBy)
                            + ". That is " + extended.workingDays() + " working "
                            + (extended.workingDays() == 1 ? "day" : "days") + " later than we said before.")));
        }
        sections.put(
                LetterItem.OMBUDSMAN_CONTACT,
                ombudsman("You can contact the Housing Ombudsman for advice about your complaint at any time."
                        + " The Ombudsman's service is free and independent."));
    }

    private void response(Complaint complaint, ComplaintResponded responded, Map<LetterItem, List<Block>> sections) {
        int stage = responded.stage();
        Definition definition = complaint.definition();
        sections.put(
                LetterItem.STAGE,
                List.of(new Block.Paragraph(
                        stage == 1
                                ? "This is our stage 1 response to your complaint. Stage 1 is the first of the two"
                                        + " stages of our complaints process."
                                : "This is our stage 2 response to your complaint. It is our final response: stage"
                                        + " 2 is the last stage of our complaints process.")));
        if (definition != null) {
            List<Block> defined = new ArrayList<>();
            defined.add(new Block.Paragraph(
                    definition.points().size() == 1
                            ? "We understood your complaint to be about this:"
                            : "We understood your complaint to be about these points:"));
            defined.add(points(definition));
            if (!definition.notResponsibleFor().isEmpty()) {
                defined.addAll(responsibility(definition));
            }
            sections.put(LetterItem.DEFINITION, defined);
        }
        Decision decision = responded.decision();
        sections.put(
                LetterItem.DECISION,
                List.of(new Block.Paragraph("We have " + decision.inWords() + " your complaint. "
                        + switch (decision) {
                            case UPHELD -> "This means we agree that we got things wrong.";
                            case PARTLY_UPHELD -> "This means we agree with some parts of it but not others.";
                            case NOT_UPHELD -> "This means we do not agree that we got things wrong.";
                        })));
        sections.put(LetterItem.REASONS, List.of(findings(definition, responded.findings())));
        sections.put(LetterItem.REMEDY, remedies(responded.remedies(), decision));
        sections.put(LetterItem.OUTSTANDING_ACTIONS, actions(responded.outstandingActions()));
        sections.put(LetterItem.ESCALATION, escalation(stage, responded.at()));
    }

    private void refusal(ComplaintRefused refused, Map<LetterItem, List<Block>> sections) {
        List<Block> reasons = new ArrayList<>();
        String ground = ground(refused.ground());
        if (ground != null) {
            reasons.add(new Block.Paragraph(ground));
        }
        reasons.addAll(paragraphs(refused.reasons()));
        sections.put(LetterItem.REFUSAL_REASONS, reasons);
        sections.put(
                LetterItem.OMBUDSMAN_RIGHT,
                ombudsman("If you disagree with our decision, you have the right to take it to the Housing"
                        + " Ombudsman. The Ombudsman can look at whether we applied our policy fairly, and can tell"
                        + " us to "
                        + (refused.stage() == 1 ? "take on your complaint." : "look at your complaint at stage 2.")
                        + " The Ombudsman's service is free and independent."));
    }

    // --- Sections -----------------------------------------------------------------------------

    private static Block points(Definition definition) {
        return new Block.Items(
                definition.points().stream()
                        .map(point -> sentence(point.summary()) + " What you would like to happen: "
                                + sentence(point.outcomeSought()))
                        .toList(),
                true);
    }

    private static List<Block> responsibility(Definition definition) {
        if (definition.notResponsibleFor().isEmpty()) {
            return List.of(new Block.Paragraph("We are responsible for every part of your complaint."));
        }
        return List.of(
                new Block.Paragraph("Some things you raised are not our responsibility:"),
                new Block.Items(
                        definition.notResponsibleFor().stream()
                                .map(aspect -> sentence(aspect.aspect()) + " This is the responsibility of "
                                        + sentence(aspect.responsibleParty()))
                                .toList(),
                        false));
    }

    private static Block findings(@Nullable Definition definition, List<Finding> findings) {
        return new Block.Items(
                findings.stream()
                        .map(finding -> {
                            String summary = definition == null
                                    ? ""
                                    : definition.points().stream()
                                            .filter(point -> point.number() == finding.point())
                                            .map(point -> " (" + trimEnd(point.summary()) + ")")
                                            .findFirst()
                                            .orElse("");
                            return "Point " + finding.point() + summary + ": we "
                                    + (finding.upheld() ? "upheld" : "did not uphold") + " this point. Why: "
                                    + sentence(finding.reasons());
                        })
                        .toList(),
                true);
    }

    private List<Block> remedies(List<Remedy> remedies, Decision decision) {
        if (remedies.isEmpty()) {
            return List.of(new Block.Paragraph(
                    decision == Decision.NOT_UPHELD
                            ? "We have not offered a remedy because we did not find that we got anything wrong."
                            : "We have not offered a remedy because the findings above do not call for one."));
        }
        List<String> offered = new ArrayList<>();
        for (Remedy remedy : remedies) {
            StringBuilder line = new StringBuilder();
            BigDecimal amount = remedy.amount();
            if (amount != null) {
                line.append("We will pay you ").append(money(amount));
                if (remedy.dueBy() != null) {
                    line.append(" by ").append(date(remedy.dueBy()));
                }
                line.append(". ").append(sentence(remedy.description()));
                if (remedy.status() == Remedy.Status.AWAITING_APPROVAL) {
                    line.append(" A manager must approve this payment first. We will tell you when they have.");
                }
            } else {
                line.append(kind(remedy)).append(": ").append(sentence(remedy.description()));
                if (remedy.dueBy() != null) {
                    line.append(" We will do this by ")
                            .append(date(remedy.dueBy()))
                            .append('.');
                }
            }
            offered.add(line.toString());
        }
        return List.of(new Block.Paragraph("To put things right, we are offering:"), new Block.Items(offered, false));
    }

    private List<Block> actions(List<OutstandingAction> actions) {
        if (actions.isEmpty()) {
            return List.of(new Block.Paragraph("There are no outstanding actions."));
        }
        return List.of(
                new Block.Paragraph("These things are still to be done. We will keep you updated on them:"),
                new Block.Items(
                        actions.stream()
                                .map(action -> sentence(action.description()) + " "
                                        + named(action.owner()).orElse("Our complaints team") + " will do this by "
                                        + date(action.dueBy()) + ".")
                                .toList(),
                        false));
    }

    private List<Block> escalation(int stage, Instant respondedAt) {
        List<Block> blocks = new ArrayList<>();
        LetterSettings letters = settings.letters();
        if (stage == 1) {
            blocks.add(new Block.Paragraph("If you are not happy with this response, you can ask us to look at"
                    + " your complaint again at stage 2. You do not have to tell us why."));
            blocks.add(new Block.Paragraph("To ask, please " + trimEnd(letters.escalationHow()) + "."));
            Integer within = letters.escalationWithinWorkingDays();
            if (within == null) {
                blocks.add(new Block.Paragraph("There is no time limit for asking."));
            } else {
                LocalDate by = calendar.addWorkingDays(WorkingCalendar.dayOf(respondedAt), WorkingDays.of(within));
                blocks.add(new Block.Paragraph("Please ask by " + date(by) + ". That is " + within
                        + " working days from the date of this letter."));
            }
            blocks.add(new Block.Paragraph(
                    "You can also contact the Housing Ombudsman for advice at any time. Its service is free and"
                            + " independent."));
            blocks.add(contact());
        } else {
            blocks.add(new Block.Paragraph("This is our final response. If you are still not happy, you have the"
                    + " right to refer your complaint to the Housing Ombudsman. The Ombudsman's service is free and"
                    + " independent. You can contact them here:"));
            blocks.add(contact());
        }
        return blocks;
    }

    private List<Block> ombudsman(String introduction) {
        return List.of(new Block.Paragraph(introduction), contact());
    }

    private Block contact() {
        return new Block.Lines(List.of(settings.ombudsmanContact().split("\\R")));
    }

    private List<Block> signature(String signedBy) {
        List<String> lines = new ArrayList<>();
        named(signedBy).ifPresent(lines::add);
        lines.add(settings.letters().signatureRole());
        lines.add(settings.name());
        return List.of(new Block.Lines(lines));
    }

    /** A member of staff's name, unless the landlord chose not to name staff in letters. */
    private Optional<String> named(String username) {
        if (settings.letters().doNotNameStaff()) {
            return Optional.empty();
        }
        return staffNames.apply(username);
    }

    // --- Words --------------------------------------------------------------------------------

    private static @Nullable String ground(RefusalGround ground) {
        return switch (ground) {
            case OLDER_THAN_12_MONTHS ->
                "The issue you raised happened more than 12 months before you told us about it.";
            case LEGAL_PROCEEDINGS -> "Legal proceedings about this issue have started.";
            case PREVIOUSLY_CONSIDERED -> "We have already looked at this issue through our complaints process.";
            case OTHER -> null;
        };
    }

    private static String kind(Remedy remedy) {
        return switch (remedy.type()) {
            case APOLOGY -> "An apology";
            case ACKNOWLEDGEMENT -> "We accept what went wrong";
            case EXPLANATION -> "An explanation";
            case ACTION_ON_DELAY -> "Action on the delay";
            case DECISION_CHANGED -> "A changed decision";
            case RECORD_AMENDED -> "A corrected record";
            case FINANCIAL -> "A payment";
            case POLICY_CHANGE -> "A change to how we work";
        };
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Text as a sentence: trimmed, ending with a full stop unless it already ends a sentence. */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
    }

    private static String trimEnd(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static List<Block> paragraphs(String text) {
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .filter(paragraph -> !paragraph.isBlank())
                .map(paragraph -> (Block) new Block.Paragraph(sentence(paragraph.replaceAll("\\s*\\R\\s*", " "))))
                .toList();
    }
}
