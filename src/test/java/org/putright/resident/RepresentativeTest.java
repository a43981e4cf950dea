package org.putright.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.code.CodeRule;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;
import org.putright.system.problem.InvalidInput;

class RepresentativeTest {

    private static final Instant NOW = Instant.parse("2024-05-02T09:00:00Z");
    private static final UUID RESIDENT = UUID.randomUUID();

    @Test
    void aRepresentativeActsOnlyWithTheResidentsAuthority() {
        assertThatThrownBy(() -> appoint(RepresentativeDetails.of("Grace Okafor", "daughter", " ")))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> {
                    assertThat(broken.rule()).isEqualTo(CodeRule.REPRESENTATIVE_WITHOUT_AUTHORITY);
                    assertThat(broken.properties()).containsEntry("provision", "3.6");
                });
    }

    @Test
    void aRepresentativeNeedsANameAndARelationship() {
        assertThatThrownBy(() -> appoint(RepresentativeDetails.of("", " ", "consent form")))
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("name", "relationship"));
    }

    @Test
    void theAuthorityIsEvidencedNowUnlessStaffSayWhen() {
        Representative representative =
                appoint(RepresentativeDetails.of("Grace Okafor", "daughter", "Signed consent form received"));

        assertThat(representative.authorityEvidencedAt()).isEqualTo(NOW);
        assertThat(representative.residentId()).isEqualTo(RESIDENT);
        assertThat(representative.actsOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aRepresentativeStopsActingAfterTheirAuthorityExpires() {
        Representative representative = appoint(new RepresentativeDetails(
                "Cllr Singh", "councillor", "Email from resident", null, null, null, null, LocalDate.of(2024, 8, 31)));

        assertThat(representative.actsOn(LocalDate.of(2024, 8, 31))).isTrue();
        assertThat(representative.actsOn(LocalDate.of(2024, 9, 1))).isFalse();
    }

    @Test
    void authorityCannotExpireBeforeItWasEvidenced() {
        assertThatThrownBy(() -> appoint(new RepresentativeDetails(
                        "Cllr Singh", "councillor", "Email", null, null, null, null, LocalDate.of(2024, 5, 1))))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.TIME_ORDER));
    }

    @Test
    void theSamePersonWithTheSameAuthorityMatchesWhateverTheCaseAndSpacing() {
        Representative representative =
                appoint(RepresentativeDetails.of("Grace Okafor", "Daughter", "Signed consent form"));

        assertThat(representative.matches(
                        RepresentativeDetails.of(" grace  okafor", "daughter", "signed consent FORM")))
                .isTrue();
        assertThat(representative.matches(RepresentativeDetails.of("Grace Okafor", "advocate", "Signed consent form")))
                .isFalse();
        assertThat(representative.matches(RepresentativeDetails.of("Grace Okafor", "Daughter", "Verbal, by phone")))
                .isFalse();
    }

    private static Representative appoint(RepresentativeDetails details) {
        return Representative.appoint(UUID.randomUUID(), RESIDENT, details, NOW, "hana");
    }
}
