package org.putright.letter;

/** A letter was issued; once the step that issued it is committed, it can be delivered. */
public record LetterIssued(Letter letter) {}
