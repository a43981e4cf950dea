package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaint.ComplaintFixtures.ENGLAND;
import static org.putright.complaint.ComplaintFixtures.HANA;
import static org.putright.complaint.ComplaintFixtures.HOS_2022;
import static org.putright.complaint.ComplaintFixtures.HOS_2024;
import static org.putright.complaint.ComplaintFixtures.NOW;
import static org.putright.complaint.ComplaintFixtures.TOM;
import static org.putright.complaint.ComplaintFixtures.findings;
import static org.putright.complaint.ComplaintFixtures.instant;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each stage of a complaint amounts to for CH02 and the self-assessment. */
class StageFactsOfTest {

    @Test
    void anExtensionToldOnTheDayItWasDueCountsTowardsTheTimescale() {
        // Acknowledged Wednesday 5 June 2024: due Wednesday 19 June; extended that day by 10 to 3 July (6.4).
        Complaint complaint = ComplaintFixtures.acknowledged("2024-06-03T09:00:00+01:00", "2024-06-05T10:00:00+01:00");
        complaint.extend(
                instant("2024-06-19T17:00:00+01:00"), 10, "Awaiting a survey", null, ENGLAND, HOS_2024, HANA, NOW);
        complaint.respond(instant("2024-07-03T16:00:00+01:00"), findings(true, true), List.of(), List.of(), HANA, NOW);

        StageFacts facts =
                StageFactsOf.of(complaint, ENGLAND, HOS_2024, List.of()).getFirst();

        assertThat(facts.answer().dueBeforeExtensions()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(facts.answer().dueAllowed()).isEqualTo(LocalDate.of(2024, 7, 3));
        // No letter module here: the facts say so rather than assume the letters were issued.
        assertThat(facts.extensions()).isEqualTo(new StageFacts.Extensions(1, 10, true, true, false));
        assertThat(facts.answer().decision()).isEqualTo(Decision.UPHELD);
        assertThat(facts.withinTimescale()).isTrue();
        assertThat(facts.answer().letterIssued()).isFalse();
    }

    @Test
    void anExtendedStageHasItsLettersWhenEachExtensionHasOneAtThatStage() {
        Complaint complaint = ComplaintFixtures.acknowledged("2024-06-03T09:00:00+01:00", "2024-06-05T10:00:00+01:00");
        complaint.extend(
                instant("2024-06-17T17:00:00+01:00"), 5, "Awaiting a survey", null, ENGLAND, HOS_2024, HANA, NOW);
        complaint.extend(instant("2024-06-24T17:00:00+01:00"), 5, "Awaiting parts", null, ENGLAND, HOS_2024, HANA, NOW);
        LetterIssuer.IssuedLetter first = letter("EXTENSION", 1);
        LetterIssuer.IssuedLetter second = letter("EXTENSION", 1);

        assertThat(extensionsOf(complaint, List.of(first, second)).lettersIssued())
                .isTrue();
        // One letter for two extensions, or the second at another stage, leaves an extension without its letter.
        assertThat(extensionsOf(complaint, List.of(first)).lettersIssued()).isFalse();
        assertThat(extensionsOf(complaint, List.of(first, letter("EXTENSION", 2)))
                        .lettersIssued())
                .isFalse();
        assertThat(extensionsOf(complaint, List.of(first, letter("RESPONSE", 1)))
                        .lettersIssued())
                .isFalse();
    }

    private static StageFacts.Extensions extensionsOf(Complaint complaint, List<LetterIssuer.IssuedLetter> letters) {
        return StageFactsOf.of(complaint, ENGLAND, HOS_2024, letters).getFirst().extensions();
    }

    private static LetterIssuer.IssuedLetter letter(String type, int stage) {
        String id = java.util.UUID.randomUUID().toString();
        return new LetterIssuer.IssuedLetter(id, type, stage, NOW, "/api/v1/letters/" + id);
    }

    @Test
    void aLateAcknowledgementPutsTheStageOutsideTheTimescaleEvenWhenTheResponseIsOnTime() {
        // Received Monday 3 June: acknowledge by Monday 10 June (6.2); acknowledged Tuesday 11 June.
        Complaint complaint = ComplaintFixtures.acknowledged("2024-06-03T09:00:00+01:00", "2024-06-11T10:00:00+01:00");
        complaint.respond(
                instant("2024-06-12T10:00:00+01:00"), findings(false, false), List.of(), List.of(), HANA, NOW);

        StageFacts facts =
                StageFactsOf.of(complaint, ENGLAND, HOS_2024, List.of()).getFirst();

        assertThat(facts.acknowledgement().due()).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(facts.acknowledgement().onTime()).isFalse();
        assertThat(facts.answer().onTime()).isTrue();
        assertThat(facts.withinTimescale()).isFalse();
    }

    @Test
    void anExtensionBeyondTheCapOfTheEditionFollowedDoesNotMoveTheDeadlineCh02TimesAgainst() {
        Complaint complaint = ComplaintFixtures.inStatus(Status.STAGE_2_OPEN);
        // Stage 2 acknowledged 24 June 2024: due 22 July under the 2024 Code; 15 more is within its cap of 20.
        complaint.extend(instant("2024-07-22T12:00:00+01:00"), 15, "Expert report", null, ENGLAND, HOS_2024, TOM, NOW);
        complaint.respond(instant("2024-08-09T12:00:00+01:00"), findings(true, true), List.of(), List.of(), TOM, NOW);

        StageFacts under2024 =
                StageFactsOf.of(complaint, ENGLAND, HOS_2024, List.of()).getLast();
        StageFacts under2022 =
                StageFactsOf.of(complaint, ENGLAND, HOS_2022, List.of()).getLast();

        assertThat(under2024.stage()).isEqualTo(2);
        assertThat(under2024.handlerIndependent()).isTrue();
        assertThat(under2024.answer().dueAllowed()).isEqualTo(LocalDate.of(2024, 8, 12));
        assertThat(under2024.withinTimescale()).isTrue();
        // The 2022 Code counts stage 2 from the request (20 June + 20 = 18 July) and caps extensions at 10:
        // told after 18 July and beyond the cap without a good reason, the extension does not count.
        assertThat(under2022.answer().dueBeforeExtensions()).isEqualTo(LocalDate.of(2024, 7, 18));
        assertThat(under2022.extensions()).isEqualTo(new StageFacts.Extensions(1, 15, false, false, false));
        assertThat(under2022.answer().dueAllowed()).isEqualTo(LocalDate.of(2024, 7, 18));
        assertThat(under2022.withinTimescale()).isFalse();
    }

    @Test
    void aRefusedComplaintHasOnlyAStageOneAndItsRefusal() {
        Complaint complaint = ComplaintFixtures.received("2024-06-03T09:00:00+01:00");
        complaint.refuse(
                instant("2024-06-04T11:00:00+01:00"), RefusalGround.OTHER, "Not about our service.", HANA, NOW);

        List<StageFacts> facts = StageFactsOf.of(
                complaint,
                ENGLAND,
                HOS_2024,
                List.of(new LetterIssuer.IssuedLetter(
                        "l1", "REFUSAL", 1, instant("2024-06-04T11:00:00+01:00"), "/l1")));

        assertThat(facts).hasSize(1);
        assertThat(facts.getFirst().refused())
                .isEqualTo(
                        new StageFacts.Refused(instant("2024-06-04T11:00:00+01:00"), RefusalGround.OTHER, true, true));
        assertThat(facts.getFirst().withinTimescale()).isFalse();
    }
}
