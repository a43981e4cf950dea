package org.putright.letter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where issued letters are kept, whole and unchanged. */
public interface LetterStore {

    void insert(Letter letter, String html, byte[] pdf);

    Optional<Letter> find(UUID id);

    Optional<String> html(UUID id);

    Optional<byte[]> pdf(UUID id);

    /** A complaint's letters, oldest first. */
    List<Letter> forComplaint(String reference);

    /**
     * Replaces a letter's recipient details and content (retention or lawful erasure); its type,
     * dates and SHA-256 of the letter as issued stay.
     */
    void redact(UUID id, String html, byte[] pdf);

    void recordDelivery(Delivery delivery);

    /** The attempts to deliver a letter, oldest first. */
    List<Delivery> deliveries(UUID letter);

    /** Letters that have been attempted and never delivered, oldest attempt first. */
    List<UndeliveredLetter> undelivered();
}
