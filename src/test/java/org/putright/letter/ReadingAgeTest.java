package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingAgeTest {

    @Test
    void followsFleschsFormulasOnTheirPublishedExample() {
        // "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.":
        // 13 words, 1 sentence, 24 syllables; reading ease 37.5, grade 11.3.
        ReadingAge platypus = new ReadingAge(1, 13, 24);

        assertThat(platypus.readingEase()).isCloseTo(37.5, within(0.05));
        assertThat(platypus.grade()).isCloseTo(11.3, within(0.05));
        assertThat(platypus.years()).isCloseTo(16.3, within(0.05));
    }

    @Test
    void countsSentencesWordsAndSyllablesOfAPlainText() {
        ReadingAge cat = ReadingAge.of("The cat sat on the mat. The dog sat too!");

        assertThat(cat).isEqualTo(new ReadingAge(2, 10, 10));
        assertThat(cat.readingEase()).isCloseTo(117.2, within(0.05));
        assertThat(cat.years()).as("never below five").isEqualTo(5.0);
    }

    @Test
    void aLastSentenceWithoutAFullStopStillCountsAndMoneyIsNotASentenceEnd() {
        ReadingAge text = ReadingAge.of("We will pay you £75.00 by Friday. We are sorry");

        assertThat(text.sentences()).isEqualTo(2);
        assertThat(text.words()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource({
        "the, 1",
        "cat, 1",
        "complaint, 2",
        "landlord, 2",
        "response, 2",
        "decision, 3",
        "remedy, 3",
        "outstanding, 3",
        "Ombudsman, 3",
        "escalate, 3",
        "available, 4",
        "upheld, 2",
        "2024, 1",
    })
    void countsTheSyllablesOfEverydayWords(String word, int syllables) {
        assertThat(ReadingAge.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void plainWordsReadYoungerThanOfficialese() {
        ReadingAge plain = ReadingAge.of("We got this wrong. We are sorry. We will fix your boiler by Friday.");
        ReadingAge officialese = ReadingAge.of("Notwithstanding the aforementioned considerations, the organisation"
                + " acknowledges responsibility for unsatisfactory communication regarding maintenance"
                + " appointments and undertakes remediation accordingly.");

        assertThat(plain.years()).isLessThan(9.0);
        assertThat(officialese.years()).isGreaterThan(18.0);
        assertThat(officialese.above(11)).isTrue();
        assertThat(plain.above(11)).isFalse();
    }

    @Test
    void anEmptyTextIsTriviallyEasy() {
        assertThat(ReadingAge.of("  ").readingEase()).isEqualTo(100.0);
        assertThat(ReadingAge.of("").years()).isEqualTo(5.0);
    }
}
