package org.putright.resident;

/** The format a resident needs letters in, a reasonable adjustment in its own right (5.10). */
public enum CommunicationFormat {
    STANDARD,
    LARGE_PRINT,
    EASY_READ,
    BRAILLE,
    AUDIO,
    /** Translated into the resident's language, which is then required. */
    TRANSLATION
}
