package org.putright.letter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy a text is to read, by the Flesch reading ease score and the Flesch-Kincaid grade level,
 * both from sentence length and syllables per word. The reading age is the grade plus five, the
 * usual conversion from US school grades to UK ages. Plain English guidance for the public aims at
 * a reading age of about 9 to 11; the Code asks for clear, plain language (6.9, 6.19).
 *
 * <p>Syllables are counted by a well-known heuristic (vowel groups, less a silent final e), which
 * is right for most everyday English words and close enough for a warning.
 */
public record ReadingAge(int sentences, int words, int syllables) {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’£.,-]*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

    public ReadingAge {
        if (sentences < 0 || words < 0 || syllables < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** Measures a text in which sentences end with a full stop, question mark or exclamation mark. */
    public static ReadingAge of(String text) {
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        if (words == 0) {
            return new ReadingAge(0, 0, 0);
        }
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(text.strip());
        int last = 0;
        while (end.find()) {
            sentences++;
            last = end.end();
        }
        if (!text.strip().substring(last).isBlank()) {
            sentences++; // a last sentence without its full stop
        }
        return new ReadingAge(Math.max(1, sentences), words, syllables);
    }

    /** Syllables in one word; a number or symbol counts as one. */
    public static int syllables(String word) {
        String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return 1;
        }
        if (letters.length() <= 3) {
            return 1;
        }
        letters = letters.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "");
        letters = letters.replaceAll("^y", "");
        Matcher groups = VOWEL_GROUP.matcher(letters);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    /** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
    public double readingEase() {
        if (words == 0) {
            return 100.0;
        }
        return 206.835 - 1.015 * wordsPerSentence() - 84.6 * syllablesPerWord();
    }

    /** Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
    public double grade() {
        if (words == 0) {
            return 0.0;
        }
        return 0.39 * wordsPerSentence() + 11.8 * syllablesPerWord() - 15.59;
    }

    /** The age at which a typical reader can read the text: the grade plus five, never below five. */
    public double years() {
        return Math.max(5.0, grade() + 5.0);
    }

    /** Whether the text asks more of its reader than {@code maximum} years. */
    public boolean above(double maximum) {
        return Math.round(years() * 10) / 10.0 > maximum;
    }

    private double wordsPerSentence() {
        return (double) words / sentences;
    }

    private double syllablesPerWord() {
        return (double) syllables / words;
    }
}
