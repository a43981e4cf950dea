package org.putright.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the portal keeps: the contacts given for complaints made online, and one-time codes. */
public interface PortalStore {

    void addContact(String reference, @Nullable String email, @Nullable String phone, Instant at);

    /** The emails and phone numbers given online for the complaint. */
    List<Contact> contactsFor(String reference);

    /**
     * Removes the contacts given online for the complaint and its one-time codes (which carry the
     * address they were sent to): the retention policy and erasure.
     */
    void forget(String reference);

    void saveCode(OneTimeCode code);

    Optional<OneTimeCode> findCode(UUID id);

    /** Records a wrong guess; returns the attempts now used. */
    void countAttempt(UUID id);

    /** Marks the code used, unless it already was; true when this call used it. */
    boolean use(UUID id, Instant at);

    record Contact(@Nullable String email, @Nullable String phone) {}
}
