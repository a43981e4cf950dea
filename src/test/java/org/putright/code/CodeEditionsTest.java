package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.ProblemKind;

class CodeEditionsTest {

    private final CodeEditions editions = CodeEditions.shipped();

    @Test
    void shipsBothHousingOmbudsmanEditionsMostRecentFirst() {
        assertThat(editions.all()).extracting(Edition::id).containsExactly(EditionId.HOS_2024, EditionId.HOS_2022);
    }

    @Test
    void findsAnEditionByItsId() {
        assertThat(editions.find(EditionId.HOS_2022))
                .map(Edition::effectiveFrom)
                .hasValueSatisfying(effectiveFrom -> assertThat(effectiveFrom).hasToString("2022-04-01"));
        assertThat(editions.get(EditionId.HOS_2024).id()).isEqualTo(EditionId.HOS_2024);
    }

    @Test
    void anUnknownEditionIsNotFound() {
        EditionId unknown = new EditionId("HOS-2019");

        assertThat(editions.find(unknown)).isEmpty();
        assertThatThrownBy(() -> editions.get(unknown))
                .isInstanceOf(NotFound.class)
                .hasMessage("Code edition HOS-2019 does not exist.")
                .extracting(problem -> ((NotFound) problem).kind())
                .isEqualTo(ProblemKind.NOT_FOUND);
    }

    @Test
    void readsAWellFormedEditionFile() {
        Edition edition = CodeEditions.load(List.of("code/test-edition.json")).get(new EditionId("TEST-2024"));

        assertThat(edition.provisions()).hasSize(5);
        assertThat(edition.timescales().stage(2).respond().workingDays()).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed-order.json               | TEST-2024 lists provision 1.1 after 1.2; provision numbers must be unique and in ascending order
            malformed-duplicate.json           | TEST-2024 lists provision 1.2 after 1.2
            malformed-section.json             | section 1 lists provision 2.4 of another section
            malformed-timescale.json           | TEST-2024 has a timescale citing provision 2.9, which the edition does not have
            malformed-provision-number.json    | at sections[1].provisions[1].number (line 71): Cannot deserialize value of type `org.putright.code.ProvisionNumber` from String "x.2": not a provision number like 6.14
            malformed-unknown-field.json       | Unrecognized property "obligaton"
            malformed-blank-requirement.json   | provision 1.2 has no requirement text
            malformed-mixed-obligations.json   | TEST-2024 classifies some provisions as MUST or SHOULD but not 1.2
            malformed-missing-working-days.json| at timescales.stage1.respond.workingDays
            malformed-syntax.json              | Unexpected end-of-input
            """)
    void refusesMalformedEditionDataNamingTheFileAndTheProblem(String file, String problem) {
        assertThatThrownBy(() -> CodeEditions.load(List.of("code/" + file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Code edition file code/" + file + " is invalid")
                .hasMessageContaining(problem);
    }

    @Test
    void refusesTwoFilesForTheSameEdition() {
        assertThatThrownBy(() -> CodeEditions.load(List.of("code/test-edition.json", "code/test-edition.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Code edition file code/test-edition.json repeats edition TEST-2024, already read from"
                        + " code/test-edition.json.");
    }

    @Test
    void refusesAFileThatIsNotThere() {
        assertThatThrownBy(() -> CodeEditions.load(List.of("code/hos-1999.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Code edition file code/hos-1999.json is not on the classpath.");
    }
}
