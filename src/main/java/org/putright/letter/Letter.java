package org.putright.letter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.LetterIssuer.IssuedLetter;

/**
 * A letter as issued and kept on the complaint's record: what it was, who it went to, its reading
 * age, and the checksum of its PDF. The HTML and PDF themselves are read separately.
 */
public record Letter(
        UUID id,
        String reference,
        LetterType type,
        int stage,
        @Nullable Integer eventSequence,
        Instant issuedAt,
        Instant recordedAt,
        String issuedBy,
        Recipient recipient,
        BigDecimal readingAge,
        BigDecimal readingEase,
        String sha256) {

    public String href() {
        return "/api/v1/letters/" + id;
    }

    public boolean largePrint() {
        return recipient.largePrint();
    }

    public IssuedLetter issued() {
        return new IssuedLetter(id.toString(), type.name(), stage, issuedAt, href());
    }
}
