package org.putright.resident;

/** How a resident wants to hear from the landlord (3.1). */
public enum ContactChannel {
    EMAIL,
    PHONE,
    LETTER,
    /** Through the landlord's website or resident portal. */
    WEB
}
