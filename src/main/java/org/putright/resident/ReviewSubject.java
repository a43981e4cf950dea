package org.putright.resident;

/** The kinds of record about a resident that are kept under review. */
public enum ReviewSubject {
    ADJUSTMENT,
    DISABILITY,
    VULNERABILITY,
    RESTRICTION
}
