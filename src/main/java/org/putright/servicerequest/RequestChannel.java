package org.putright.servicerequest;

/** How a service request reached the landlord; the same channels a complaint can come by (3.1). */
public enum RequestChannel {
    WEB_FORM,
    PHONE,
    EMAIL,
    LETTER,
    IN_PERSON,
    SOCIAL_MEDIA,
    OTHER
}
