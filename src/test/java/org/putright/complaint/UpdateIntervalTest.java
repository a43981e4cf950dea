package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaint.ComplaintFixtures.ENGLAND;
import static org.putright.complaint.ComplaintFixtures.HANA;
import static org.putright.complaint.ComplaintFixtures.NOW;
import static org.putright.complaint.ComplaintFixtures.instant;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Direction;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Party;

/** 5.9: when a response will be late, updates at the agreed interval fall due and are tracked. */
class UpdateIntervalTest {

    @Test
    void noUpdateIsDueUntilAnIntervalIsAgreed() {
        Complaint complaint = ComplaintFixtures.acknowledged("2024-06-07T09:00:00+01:00", "2024-06-10T09:00:00+01:00");

        assertThat(complaint.nextUpdateBy(ENGLAND)).isNull();
    }

    @Test
    void theNextUpdateFallsDueTheAgreedWorkingDaysAfterTheLastOneSent() {
        Complaint complaint = ComplaintFixtures.acknowledged("2024-06-07T09:00:00+01:00", "2024-06-10T09:00:00+01:00");

        // Agreed on Tuesday 11 June 2024 to update every 5 working days: due Tuesday 18 June.
        complaint.agreeUpdates(instant("2024-06-11T09:00:00+01:00"), 5, "by phone", HANA, NOW);
        assertThat(complaint.nextUpdateBy(ENGLAND)).isEqualTo(LocalDate.of(2024, 6, 18));

        // An update to the resident on Monday 17 June restarts the count: due Monday 24 June.
        complaint.recordCorrespondence(
                instant("2024-06-17T15:00:00+01:00"),
                Direction.OUT,
                Party.RESIDENT,
                "PHONE",
                "Progress update",
                "",
                HANA,
                NOW);
        assertThat(complaint.nextUpdateBy(ENGLAND)).isEqualTo(LocalDate.of(2024, 6, 24));

        // A letter to the contractor is not an update to the resident.
        complaint.recordCorrespondence(
                instant("2024-06-20T15:00:00+01:00"),
                Direction.OUT,
                Party.CONTRACTOR,
                "EMAIL",
                "Chasing the repair",
                "",
                HANA,
                NOW);
        assertThat(complaint.nextUpdateBy(ENGLAND)).isEqualTo(LocalDate.of(2024, 6, 24));
    }

    @Test
    void noUpdateIsDueOnceTheStageIsAnswered() {
        Complaint complaint = ComplaintFixtures.acknowledged("2024-06-07T09:00:00+01:00", "2024-06-10T09:00:00+01:00");
        complaint.agreeUpdates(instant("2024-06-11T09:00:00+01:00"), 5, "by phone", HANA, NOW);

        complaint.respond(
                instant("2024-06-14T09:00:00+01:00"),
                ComplaintFixtures.findings(true, true),
                java.util.List.of(),
                java.util.List.of(),
                HANA,
                NOW);

        assertThat(complaint.nextUpdateBy(ENGLAND)).isNull();
    }
}
