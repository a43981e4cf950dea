package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.resident.Representative;
import org.putright.resident.RepresentativeDetails;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;

class LetterWriterTest {

    @Test
    void aResponseWithNoRemedyAndNoActionsSaysSoInSoManyWords() {
        LetterContent letter = response(LetterFixtures.responded(List.of(), List.of()), false);

        assertThat(text(letter, LetterItem.REMEDY)).startsWith("We have not offered a remedy because");
        assertThat(text(letter, LetterItem.OUTSTANDING_ACTIONS)).isEqualTo("There are no outstanding actions.");
        assertThat(letter.has(LetterItem.REMEDY)).isTrue();
    }

    @Test
    void aResponseGivesEveryItemFromTheRecord() {
        LetterContent letter = response(
                LetterFixtures.responded(
                        List.of(LetterFixtures.payment("1250", "2024-07-05")),
                        List.of(new ActionPlan("Replace the boiler", "hana", LocalDate.parse("2024-08-30")))),
                false);

        assertThat(text(letter, LetterItem.STAGE)).contains("stage 1 response");
        assertThat(text(letter, LetterItem.DEFINITION))
                .contains("The boiler was not repaired. What you would like to happen: Repair the boiler.")
                .contains("The gas supply. This is the responsibility of Northern Gas Networks.");
        assertThat(text(letter, LetterItem.DECISION)).startsWith("We have partly upheld your complaint.");
        assertThat(text(letter, LetterItem.REASONS))
                .contains("Point 1 (The boiler was not repaired): we upheld this point. Why: The repair log shows")
                .contains("Point 2 (Nobody returned my calls): we did not uphold this point.");
        assertThat(text(letter, LetterItem.REMEDY))
                .contains("We will pay you £1,250.00 by Friday 5 July 2024. For the time without heating.")
                .contains("A manager must approve this payment first");
        assertThat(text(letter, LetterItem.OUTSTANDING_ACTIONS))
                .contains("Replace the boiler. Hana Patel will do this by Friday 30 August 2024.");
        assertThat(text(letter, LetterItem.ESCALATION))
                .contains("ask us to look at your complaint again at stage 2. You do not have to tell us why.")
                .contains("Please ask by Friday 19 July 2024")
                .contains("0300 111 3000");
    }

    @Test
    void theFinalResponseGivesTheRightToGoToTheOmbudsman() {
        Complaint complaint = LetterFixtures.responded(List.of(), List.of());
        complaint.escalate(
                LetterFixtures.instant("2024-06-24T09:00:00+01:00"), null, LetterFixtures.HANA, LetterFixtures.NOW);
        complaint.acknowledge(
                LetterFixtures.instant("2024-06-25T09:00:00+01:00"),
                "tom",
                org.putright.complaint.Definition.numbered(
                        List.of(new org.putright.complaint.Definition.PointText("The repair", "Repair it")), List.of()),
                null,
                LetterFixtures.TOM,
                LetterFixtures.NOW);
        LetterContent acknowledgement = LetterFixtures.writer(false)
                .write(complaint, last(complaint), LetterFixtures.ADA, "tom")
                .orElseThrow();
        complaint.respond(
                LetterFixtures.instant("2024-07-10T09:00:00+01:00"),
                List.of(new org.putright.complaint.Finding(1, false, "The boiler works")),
                List.of(),
                List.of(),
                LetterFixtures.TOM,
                LetterFixtures.NOW);

        LetterContent letter = response(complaint, false);

        assertThat(acknowledgement.type()).isEqualTo(LetterType.ACKNOWLEDGEMENT);
        assertThat(text(acknowledgement, LetterItem.HANDLER))
                .contains("Tom Okafor is handling your complaint. They did not deal with your complaint at stage 1.");
        assertThat(text(acknowledgement, LetterItem.RESPONSE_DATE)).contains("Tuesday 23 July 2024");
        assertThat(letter.stage()).isEqualTo(2);
        assertThat(text(letter, LetterItem.ESCALATION))
                .contains("right to refer your complaint to the Housing Ombudsman")
                .contains("0300 111 3000");
        assertThat(text(letter, LetterItem.REMEDY))
                .isEqualTo("We have not offered a remedy because we did not find that we got anything wrong.");
    }

    @Test
    void aLandlordThatDoesNotNameStaffSignsWithTheRoleAlone() {
        LetterContent letter = response(
                LetterFixtures.responded(
                        List.of(),
                        List.of(new ActionPlan("Replace the boiler", "hana", LocalDate.parse("2024-08-30")))),
                true);

        assertThat(text(letter, LetterItem.SIGNATURE)).isEqualTo("Complaints Team Leader Riverside Homes");
        assertThat(text(letter, LetterItem.OUTSTANDING_ACTIONS)).contains("Our complaints team will do this");
        assertThat(String.join(
                        " ",
                        letter.sections().values().stream()
                                .flatMap(List::stream)
                                .map(LetterWriterTest::text)
                                .toList()))
                .doesNotContain("Hana");
    }

    @Test
    void lettersGoToTheRepresentativeActingForTheResidentInTheResidentsFormat() {
        UUID residentId = UUID.randomUUID();
        Instant now = LetterFixtures.NOW;
        Representative daughter = Representative.appoint(
                UUID.randomUUID(),
                residentId,
                new RepresentativeDetails(
                        "Grace Hopper",
                        "Daughter",
                        "Signed consent form",
                        "grace@example.org",
                        null,
                        "3 Cobol Close, York",
                        LetterFixtures.instant("2024-06-01T09:00:00Z"),
                        LocalDate.parse("2024-12-31")),
                now,
                "hana");
        Resident resident = new Resident(
                residentId,
                new ResidentDetails(
                        "Ada Lovelace",
                        "ada@example.org",
                        null,
                        "12 Analytical Row",
                        "sw1a 1aa",
                        null,
                        ContactChannel.LETTER,
                        CommunicationFormat.LARGE_PRINT,
                        null),
                now,
                "hana",
                now,
                "hana",
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(daughter));

        Recipient acting = Recipient.of(resident, daughter.id(), LocalDate.parse("2024-06-11"));
        Recipient expired = Recipient.of(resident, daughter.id(), LocalDate.parse("2025-01-02"));
        Recipient direct = Recipient.of(resident, null, LocalDate.parse("2024-06-11"));

        assertThat(acting.name()).isEqualTo("Grace Hopper");
        assertThat(acting.address()).isEqualTo("3 Cobol Close, York");
        assertThat(acting.onBehalfOf()).isEqualTo("Ada Lovelace");
        assertThat(acting.channel()).isEqualTo(ContactChannel.LETTER);
        assertThat(acting.largePrint()).isTrue();
        assertThat(expired.name()).as("authority ended").isEqualTo("Ada Lovelace");
        assertThat(direct.address()).isEqualTo("12 Analytical Row\nSW1A 1AA");
    }

    private static LetterContent response(Complaint complaint, boolean doNotNameStaff) {
        return LetterFixtures.writer(doNotNameStaff)
                .write(complaint, last(complaint), LetterFixtures.ADA, "hana")
                .orElseThrow();
    }

    private static ComplaintEvent last(Complaint complaint) {
        return complaint.record().getLast().event();
    }

    private static String text(LetterContent letter, LetterItem item) {
        return String.join(
                " ", letter.section(item).stream().map(LetterWriterTest::text).toList());
    }

    private static String text(Block block) {
        return switch (block) {
            case Block.Paragraph paragraph -> paragraph.text();
            case Block.Items items -> String.join(" ", items.items());
            case Block.Lines lines -> String.join(" ", lines.lines());
        };
    }
}
