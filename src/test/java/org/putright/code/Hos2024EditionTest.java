package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statutory Code as data. Expected wording is quoted from seed 001 (Stockport Homes Group's
 * self-assessment of June 2024), which reproduces the Ombudsman's form.
 */
class Hos2024EditionTest {

    private final Edition edition = CodeEditions.shipped().get(EditionId.HOS_2024);

    @Test
    void holdsExactlyTheProvisionsOfTheSelfAssessmentForm() {
        // The form starts at 1.2: 1.1 introduces the Code and sets no requirement.
        List<ProvisionNumber> expected = new ArrayList<>();
        expected.addAll(range(1, 2, 6));
        expected.addAll(range(2, 1, 5));
        expected.addAll(range(3, 1, 7));
        expected.addAll(range(4, 1, 3));
        expected.addAll(range(5, 1, 15));
        expected.addAll(range(6, 1, 20));
        expected.addAll(range(7, 1, 4));
        expected.addAll(range(8, 1, 5));
        expected.addAll(range(9, 1, 8));

        assertThat(edition.provisions()).extracting(Provision::number).containsExactlyElementsOf(expected);
        assertThat(edition.provisions()).hasSize(72);
    }

    @Test
    void hasNineSectionsOfTheExpectedSize() {
        assertThat(edition.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(edition.sections())
                .extracting(section -> section.provisions().size())
                .containsExactly(5, 5, 7, 3, 15, 20, 4, 5, 8);
        assertThat(edition.sections()).extracting(Section::title).allSatisfy(title -> assertThat(title)
                .isNotBlank());
        assertThat(edition.sections().get(5).title()).isEqualTo("Complaints stages");
    }

    @Test
    void listsProvisionsInNumericOrder() {
        List<ProvisionNumber> numbers =
                edition.provisions().stream().map(Provision::number).toList();

        assertThat(numbers).isSorted();
        assertThat(numbers.indexOf(ProvisionNumber.parse("6.14")))
                .isGreaterThan(numbers.indexOf(ProvisionNumber.parse("6.2")));
    }

    @Test
    void everyProvisionHasTextAndNoMustOrShould() {
        // The 2024 Code dropped the 2022 split into "must" and "should".
        assertThat(edition.provisions()).allSatisfy(provision -> {
            assertThat(provision.requirement()).isNotBlank();
            assertThat(provision.obligation()).isNull();
        });
    }

    @Test
    void quotesTheDefinitionOfAComplaint() {
        assertThat(text("1.2"))
                .isEqualTo("A complaint must be defined as: ‘an expression of dissatisfaction, however made, about the"
                        + " standard of service, actions or lack of action by the landlord, its own staff, or those"
                        + " acting on its behalf, affecting a resident or group of residents.’");
    }

    @Test
    void quotesTheIndependenceOfStageTwo() {
        assertThat(text("6.13"))
                .isEqualTo("The person considering the complaint at stage 2 must not be the same person that"
                        + " considered the complaint at stage 1.");
    }

    @Test
    void quotesTheStandardObjectiveWithItsLettersOnSeparateLines() {
        assertThat(text("9.8"))
                .startsWith("Landlords must have a standard objective in relation to complaint handling for all"
                        + " relevant employees or third parties that reflects the need to:\n")
                .contains("\na. have a collaborative and co-operative approach towards resolving complaints, working"
                        + " with colleagues across teams and departments;\n")
                .contains("\nb. take collective responsibility for any shortfalls identified through complaints,"
                        + " rather than blaming others; and\n")
                .endsWith("\nc. act within the professional standards for engaging with complaints as set by any"
                        + " relevant professional body.");
    }

    @Test
    void stageOneIsFiveWorkingDaysToAcknowledgeAndTenToRespond() {
        StageTimescales stage1 = edition.timescales().stage(1);

        assertThat(stage1.acknowledge())
                .isEqualTo(new Timescale(5, CountsFrom.RECEIPT, ProvisionNumber.parse("6.2"), null));
        assertThat(stage1.respond())
                .isEqualTo(new Timescale(10, CountsFrom.ACKNOWLEDGEMENT, ProvisionNumber.parse("6.3"), null));
        assertThat(stage1.extensionCap()).isEqualTo(new ExtensionCap(10, ProvisionNumber.parse("6.4")));
    }

    @Test
    void stageTwoIsFiveWorkingDaysToAcknowledgeAndTwentyToRespond() {
        StageTimescales stage2 = edition.timescales().stage(2);

        assertThat(stage2.acknowledge())
                .isEqualTo(new Timescale(5, CountsFrom.ESCALATION_REQUEST, ProvisionNumber.parse("6.11"), null));
        assertThat(stage2.respond())
                .isEqualTo(new Timescale(20, CountsFrom.ACKNOWLEDGEMENT, ProvisionNumber.parse("6.14"), null));
        assertThat(stage2.extensionCap()).isEqualTo(new ExtensionCap(20, ProvisionNumber.parse("6.15")));
    }

    @Test
    void thereIsNoThirdStage() {
        assertThatThrownBy(() -> edition.timescales().stage(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no stage 3; the Code has two.");
        assertThatThrownBy(() -> edition.timescales().stage(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void carriesItsPublicationAndLicence() {
        assertThat(edition.title()).isEqualTo("Complaint Handling Code");
        assertThat(edition.publisher()).isEqualTo("Housing Ombudsman Service");
        assertThat(edition.published()).isEqualTo(LocalDate.of(2024, 2, 8));
        assertThat(edition.effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(edition.licence()).isEqualTo("Open Government Licence v3.0");
        assertThat(edition.attribution()).contains("Housing Ombudsman Service", "Open Government Licence v3.0");
    }

    @Test
    void looksUpProvisionsByNumber() {
        assertThat(edition.has(ProvisionNumber.parse("6.20"))).isTrue();
        assertThat(edition.has(ProvisionNumber.parse("1.1"))).isFalse();
        assertThat(edition.has(ProvisionNumber.parse("6.21"))).isFalse();
        assertThat(edition.provision(ProvisionNumber.parse("10.1"))).isEmpty();
    }

    private String text(String number) {
        return edition.provision(ProvisionNumber.parse(number))
                .map(Provision::requirement)
                .orElseThrow();
    }

    private static List<ProvisionNumber> range(int section, int first, int last) {
        List<ProvisionNumber> numbers = new ArrayList<>();
        for (int item = first; item <= last; item++) {
            numbers.add(new ProvisionNumber(section, item));
        }
        return numbers;
    }
}
