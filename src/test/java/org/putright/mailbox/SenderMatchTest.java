package org.putright.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Party;
import org.putright.resident.Representative;
import org.putright.resident.RepresentativeDetails;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.resident.ResidentSummary;

class SenderMatchTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void matchesTheOneResidentWithTheSendersAddressWhateverItsCaseOrTheirName() {
        ResidentSummary ada = summary("Ada Lovelace", "Ada@Example.org");

        assertThat(SenderMatch.resident(List.of(ada), new Sender("ada@example.ORG", "A. King")))
                .contains(ada);
    }

    @Test
    void amongJointTenantsSharingAnAddressTakesTheOneWithTheSendersName() {
        ResidentSummary ada = summary("Ada Lovelace", "family@example.org");
        ResidentSummary william = summary("William King", "family@example.org");

        assertThat(SenderMatch.resident(List.of(ada, william), new Sender("family@example.org", "william  king")))
                .contains(william);
        assertThat(SenderMatch.resident(List.of(william, ada), new Sender("family@example.org", "Someone Else")))
                .as("no name matches: the first by name, the same every time")
                .contains(ada);
    }

    @Test
    void anUnknownAddressIsANewResident() {
        assertThat(SenderMatch.resident(List.of(), new Sender("new@example.org", "New Person")))
                .isEmpty();
        assertThat(SenderMatch.resident(
                        List.of(summary("Ada Lovelace", "other@example.org")), new Sender("new@example.org", null)))
                .as("a candidate whose address differs is not a match")
                .isEmpty();
    }

    @Test
    void aRepresentativesAddressMakesTheirMessageFromTheRepresentative() {
        Resident resident = resident("ada@example.org", "advocate@example.org");

        assertThat(SenderMatch.party(new Sender("ADVOCATE@example.org", "Jo Advocate"), resident))
                .isEqualTo(Party.REPRESENTATIVE);
        assertThat(SenderMatch.party(new Sender("ada@example.org", "Ada"), resident))
                .isEqualTo(Party.RESIDENT);
        assertThat(SenderMatch.party(new Sender("ada.at.work@example.com", "Ada"), resident))
                .as("an address the record does not know: the resident, with the address kept in the body")
                .isEqualTo(Party.RESIDENT);
    }

    @Test
    void recordsANewResidentUnderTheirAddressWhenTheyGaveNoName() {
        assertThat(new Sender(" someone@example.org ", " ").displayName()).isEqualTo("someone@example.org");
        assertThat(new Sender("someone@example.org", "Some One").displayName()).isEqualTo("Some One");
    }

    private static ResidentSummary summary(String name, String email) {
        return new ResidentSummary(UUID.randomUUID(), name, email, null, null, null, null);
    }

    private static Resident resident(String email, String representativeEmail) {
        Resident resident = Resident.recorded(
                UUID.randomUUID(), ResidentDetails.of("Ada Lovelace", email, null, null, null), NOW, "hana");
        Representative representative = Representative.appoint(
                UUID.randomUUID(),
                resident.id(),
                new RepresentativeDetails(
                        "Jo Advocate", "advocate", "signed consent", representativeEmail, null, null, null, null),
                NOW,
                "hana");
        return new Resident(
                resident.id(),
                resident.details(),
                NOW,
                "hana",
                NOW,
                "hana",
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(representative));
    }
}
