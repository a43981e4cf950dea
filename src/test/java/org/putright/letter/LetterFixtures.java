package org.putright.letter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.putright.calendar.Division;
import org.putright.calendar.GovUkBankHolidays;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.putright.code.Timescales;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Actor;
import org.putright.complaint.Channel;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Definition;
import org.putright.complaint.Finding;
import org.putright.complaint.NewComplaint;
import org.putright.complaint.RemedyOffer;
import org.putright.complaint.RemedyType;
import org.putright.letter.LetterContent.Condition;
import org.putright.letter.LetterContent.Text;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.settings.LandlordSettings;
import org.putright.settings.LetterSettings;

/** A landlord, a calendar and complaints in real states, for the letter tests. */
final class LetterFixtures {

    static final WorkingCalendar ENGLAND = WorkingCalendar.of(
            Division.ENGLAND_AND_WALES, GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays()));
    static final Timescales HOS_2024 =
            CodeEditions.shipped().get(EditionId.HOS_2024).timescales();
    static final Instant NOW = instant("2026-11-23T12:00:00Z");
    static final Actor HANA = new Actor("hana", new BigDecimal("100.00"));
    static final Actor TOM = new Actor("tom", new BigDecimal("1000.00"));

    static final Recipient ADA = new Recipient(
            "Ada Lovelace",
            "12 Analytical Row\nLondon\nSW1A 1AA",
            "ada@example.org",
            ContactChannel.LETTER,
            CommunicationFormat.STANDARD,
            null);

    private LetterFixtures() {}

    static LandlordSettings landlord() {
        return landlord(false);
    }

    static LandlordSettings landlord(boolean doNotNameStaff) {
        return new LandlordSettings(
                "Riverside Homes",
                EditionId.HOS_2024,
                LandlordSettings.DEFAULT_OMBUDSMAN_CONTACT,
                "#1d5c63",
                List.of(),
                NOW,
                "admin",
                1,
                new LetterSettings(
                        "1 River Street\nLeeds\nLS1 1AA",
                        "Complaints Team Leader",
                        doNotNameStaff,
                        false,
                        null,
                        LetterSettings.DEFAULT_ESCALATION_HOW,
                        LetterSettings.DEFAULT_ESCALATION_WITHIN));
    }

    static LetterWriter writer(boolean doNotNameStaff) {
        return new LetterWriter(
                landlord(doNotNameStaff),
                ENGLAND,
                HOS_2024,
                username -> Optional.of(
                        switch (username) {
                            case "hana" -> "Hana Patel";
                            case "tom" -> "Tom Okafor";
                            default -> username;
                        }));
    }

    /** A content of the type with every item it may have saying something. */
    static LetterContent complete(LetterType type, int stage) {
        Map<LetterItem, List<Block>> sections = new EnumMap<>(LetterItem.class);
        for (LetterItem item : type.items()) {
            sections.put(item, List.of(new Block.Paragraph("What the letter says for " + item.placeholder() + ".")));
        }
        return new LetterContent(
                type,
                stage,
                "CMP-2024-000001",
                instant("2024-06-11T10:00:00+01:00"),
                ADA,
                "Riverside Homes",
                sections,
                Map.of(
                        Text.RECIPIENT_NAME, "Ada Lovelace",
                        Text.RESIDENT_NAME, "Ada Lovelace",
                        Text.REFERENCE, "CMP-2024-000001",
                        Text.LANDLORD_NAME, "Riverside Homes",
                        Text.STAGE, "stage " + stage,
                        Text.DATE, "Tuesday 11 June 2024"),
                EnumSet.of(stage == 1 ? Condition.STAGE_1 : Condition.STAGE_2));
    }

    /** Received Friday 7 June 2024, acknowledged Tuesday 11 June by hana with two points. */
    static Complaint acknowledged() {
        Complaint complaint = Complaint.receive(
                new ComplaintReference("CMP-2024-000001"),
                new NewComplaint(
                        instant("2024-06-07T09:00:00+01:00"),
                        Channel.PHONE,
                        UUID.randomUUID(),
                        null,
                        "My boiler broke twice and nobody came back.",
                        null,
                        "REPAIRS",
                        null,
                        (ComplaintReference) null),
                HANA,
                NOW);
        complaint.acknowledge(
                instant("2024-06-11T10:00:00+01:00"),
                "hana",
                Definition.numbered(
                        List.of(
                                new Definition.PointText("The boiler was not repaired", "Repair the boiler"),
                                new Definition.PointText("Nobody returned my calls", "An apology")),
                        List.of(new Definition.NotResponsible("The gas supply", "Northern Gas Networks"))),
                null,
                HANA,
                NOW);
        return complaint;
    }

    /** The acknowledged complaint answered on Friday 21 June 2024, partly upheld. */
    static Complaint responded(List<RemedyOffer> remedies, List<ActionPlan> actions) {
        Complaint complaint = acknowledged();
        complaint.respond(
                instant("2024-06-21T12:00:00+01:00"),
                List.of(
                        new Finding(1, true, "The repair log shows two missed visits"),
                        new Finding(2, false, "Our call records show we called back the same day")),
                remedies,
                actions,
                HANA,
                NOW);
        return complaint;
    }

    static RemedyOffer payment(String amount, String dueBy) {
        return new RemedyOffer(
                RemedyType.FINANCIAL, "For the time without heating", new BigDecimal(amount), LocalDate.parse(dueBy));
    }

    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
