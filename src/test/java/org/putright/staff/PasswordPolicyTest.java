package org.putright.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NCSC password guidance: length, a deny-list of common passwords, and no composition rules. */
class PasswordPolicyTest {

    private static final Username HANA = new Username("hana");

    @Test
    void theDenyListIsShippedWithItsSourceAndHoldsThirtyThousandPasswords() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/staff/common-passwords.txt")) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("#").contains("Source:").contains("zxcvbn");
            assertThat(text.lines().filter(line -> !line.startsWith("#")).count())
                    .isEqualTo(30_000);
        }
        assertThat(PasswordPolicy.isCommon("password")).isTrue();
        assertThat(PasswordPolicy.isCommon("1qaz2wsx3edc")).isTrue();
        assertThat(PasswordPolicy.isCommon("quiet harbour lantern morning")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars", "           "})
    void aPasswordShorterThanTwelveCharactersIsRefused(String password) {
        assertThat(PasswordPolicy.problemWith(password, HANA)).contains("at least 12 characters");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1qaz2wsx3edc", // on the list as it stands
                "qwerty123456",
                "monkeymonkeymonkey", // a listed word over and over
                "Password12345!", // a listed password with digits and a symbol stuck on
                "!!!sunshine2024",
                "iloveyou iloveyou" // spaces do not disguise it
            })
    void aCommonPasswordOrOneDressedUpIsRefused(String password) {
        assertThat(PasswordPolicy.problemWith(password, HANA))
                .as(password)
                .isNotNull()
                .containsAnyOf("commonly used", "repeats");
    }

    @Test
    void repeatingAFewCharactersOrUsingTheUsernameIsRefused() {
        assertThat(PasswordPolicy.problemWith("abcabcabcabcabc", HANA)).contains("repeats");
        assertThat(PasswordPolicy.problemWith("hana's own secret phrase", HANA)).contains("username");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "quiet harbour lantern morning", // only lower-case letters and spaces: no composition rule
                "correct horse battery staple",
                "vnqpxzrtmwky", // twelve lower-case letters
                "ÉTÉ à Gdańsk ünd 東京"
            })
    void aLongUncommonPasswordIsAcceptedWhateverCharactersItUses(String password) {
        assertThat(PasswordPolicy.problemWith(password, HANA)).isNull();
    }

    @Test
    void anAbsurdlyLongPasswordIsRefused() {
        assertThat(PasswordPolicy.problemWith("x y z ".repeat(50), HANA)).contains("at most 256");
    }
}
