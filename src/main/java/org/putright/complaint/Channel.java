package org.putright.complaint;

/** How a complaint reached the landlord; any channel will do (1.2: "however made"). */
public enum Channel {
    WEB_FORM,
    PHONE,
    EMAIL,
    LETTER,
    IN_PERSON,
    SOCIAL_MEDIA,
    OTHER
}
