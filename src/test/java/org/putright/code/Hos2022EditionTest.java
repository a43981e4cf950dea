package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 2022 Code, kept so that complaints and self-assessments made under it can still be read
 * against it. Its provisions are transcribed from seed 004, which reproduces the Ombudsman's form.
 */
class Hos2022EditionTest {

    private final Edition edition = CodeEditions.shipped().get(EditionId.HOS_2022);

    @Test
    void everyProvisionIsAMustOrAShould() {
        assertThat(edition.provisions()).allSatisfy(provision -> {
            assertThat(provision.requirement()).isNotBlank();
            assertThat(provision.obligation()).isNotNull();
        });
        Map<Obligation, Long> counts = edition.provisions().stream()
                .collect(Collectors.groupingBy(Provision::obligation, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Obligation.MUST, 45L, Obligation.SHOULD, 27L));
    }

    @Test
    void hasEightSectionsOfTheExpectedSize() {
        assertThat(edition.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(edition.sections())
                .extracting(section -> section.provisions().size())
                .containsExactly(8, 8, 3, 19, 20, 6, 5, 3);
        assertThat(edition.provisions()).hasSize(72);
    }

    @Test
    void leavesOutTheParagraphsItsSelfAssessmentFormLeftOut() {
        // 6.4 lists possible remedies and 7.1 introduces learning; the form asks about neither.
        assertThat(edition.has(ProvisionNumber.parse("6.4"))).isFalse();
        assertThat(edition.has(ProvisionNumber.parse("7.1"))).isFalse();
        assertThat(edition.provisions()).extracting(Provision::number).isSorted();
    }

    @Test
    void classifiesStageTwoIndependenceAsAMust() {
        Provision independence =
                edition.provision(ProvisionNumber.parse("5.12")).orElseThrow();

        assertThat(independence.obligation()).isEqualTo(Obligation.MUST);
        assertThat(independence.requirement())
                .isEqualTo("The person considering the complaint at stage two, must not be the same person that"
                        + " considered the complaint at stage one.");
    }

    @Test
    void stageOneTimescalesCountTheResponseFromTheLoggedComplaint() {
        StageTimescales stage1 = edition.timescales().stage(1);

        assertThat(stage1.acknowledge())
                .isEqualTo(new Timescale(5, CountsFrom.RECEIPT, ProvisionNumber.parse("4.1"), null));
        assertThat(stage1.respond().workingDays()).isEqualTo(10);
        assertThat(stage1.respond().from()).isEqualTo(CountsFrom.ACKNOWLEDGEMENT);
        assertThat(stage1.respond().provision()).isEqualTo(ProvisionNumber.parse("5.1"));
        assertThat(stage1.respond().note()).contains("logged");
        assertThat(stage1.extensionCap()).isEqualTo(new ExtensionCap(10, ProvisionNumber.parse("5.1")));
    }

    @Test
    void stageTwoTimescalesCountTheResponseFromTheEscalationRequest() {
        StageTimescales stage2 = edition.timescales().stage(2);

        assertThat(stage2.acknowledge().workingDays()).isEqualTo(5);
        assertThat(stage2.acknowledge().from()).isEqualTo(CountsFrom.ESCALATION_REQUEST);
        assertThat(stage2.acknowledge().provision()).isEqualTo(ProvisionNumber.parse("4.1"));
        assertThat(stage2.acknowledge().note()).contains("no separate stage 2 acknowledgement timescale");
        assertThat(stage2.respond())
                .isEqualTo(new Timescale(20, CountsFrom.ESCALATION_REQUEST, ProvisionNumber.parse("5.13"), null));
        // 2022 capped stage 2 extensions at 10 working days; 2024 raised it to 20.
        assertThat(stage2.extensionCap()).isEqualTo(new ExtensionCap(10, ProvisionNumber.parse("5.13")));
    }

    @Test
    void hasNoPublicationDateOnRecord() {
        assertThat(edition.published()).isNull();
        assertThat(edition.effectiveFrom()).hasToString("2022-04-01");
        assertThat(edition.publisher()).isEqualTo("Housing Ombudsman Service");
    }
}
