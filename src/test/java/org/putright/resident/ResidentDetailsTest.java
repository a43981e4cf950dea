package org.putright.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.putright.system.problem.InvalidInput;

class ResidentDetailsTest {

    @Test
    void aResidentNeedsAtLeastOneWayToBeContacted() {
        ResidentDetails nameOnly = ResidentDetails.of("Ada Okafor", null, "  ", null, "T-1");

        assertThatThrownBy(nameOnly::resolved)
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("contact"));
    }

    @Test
    void anyOneOfEmailPhoneOrAddressIsEnough() {
        assertThat(ResidentDetails.of("A", "a@example.org", null, null, null).resolved())
                .isNotNull();
        assertThat(ResidentDetails.of("A", null, "0161 496 0000", null, null).resolved())
                .isNotNull();
        assertThat(ResidentDetails.of("A", null, null, "1 High Street", null).resolved())
                .isNotNull();
    }

    @Test
    void theChannelDefaultsToEmailThenLetterThenPhone() {
        assertThat(ResidentDetails.of("A", "a@example.org", "0161", "1 High St", null)
                        .resolved()
                        .preferredChannel())
                .isEqualTo(ContactChannel.EMAIL);
        assertThat(ResidentDetails.of("A", null, "0161", "1 High St", null)
                        .resolved()
                        .preferredChannel())
                .isEqualTo(ContactChannel.LETTER);
        assertThat(ResidentDetails.of("A", null, "0161", null, null).resolved().preferredChannel())
                .isEqualTo(ContactChannel.PHONE);
        assertThat(ResidentDetails.of("A", null, "0161", null, null).resolved().preferredFormat())
                .isEqualTo(CommunicationFormat.STANDARD);
    }

    @Test
    void aPreferredChannelNeedsTheDetailsToReachTheResidentByIt() {
        ResidentDetails emailWithoutAddress =
                new ResidentDetails("A", null, "0161", null, null, null, ContactChannel.EMAIL, null, null);

        assertThatThrownBy(emailWithoutAddress::resolved)
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("preferredChannel"));
    }

    @Test
    void lettersInTranslationNeedTheLanguage() {
        ResidentDetails translation = new ResidentDetails(
                "A", "a@example.org", null, null, null, null, null, CommunicationFormat.TRANSLATION, " ");

        assertThatThrownBy(translation::resolved)
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("formatLanguage"));
        assertThat(new ResidentDetails(
                                "A",
                                "a@example.org",
                                null,
                                null,
                                null,
                                null,
                                null,
                                CommunicationFormat.TRANSLATION,
                                "Polish")
                        .resolved()
                        .formatLanguage())
                .isEqualTo("Polish");
    }

    @Test
    void textIsTidiedAndPostcodesAreWrittenInCapitals() {
        ResidentDetails details = new ResidentDetails(
                "  Ada Okafor ", " a@example.org ", "", null, " sw1a   1aa ", " T-1 ", null, null, null);

        assertThat(details.name()).isEqualTo("Ada Okafor");
        assertThat(details.email()).isEqualTo("a@example.org");
        assertThat(details.phone()).isNull();
        assertThat(details.postcode()).isEqualTo("SW1A 1AA");
        assertThat(details.tenancyReference()).isEqualTo("T-1");
    }

    @Test
    void overlongOrUnstorableTextIsRefusedFieldByFieldBeforeTheDatabaseSeesIt() {
        ResidentDetails details = new ResidentDetails(
                "x".repeat(ResidentDetails.MAX_NAME + 1),
                "not an email",
                null,
                "1 High Street\0",
                null,
                "T".repeat(ResidentDetails.MAX_TENANCY_REFERENCE + 1),
                null,
                null,
                null);

        assertThatThrownBy(details::resolved)
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .contains("name", "email", "address", "tenancyReference"));
    }
}
