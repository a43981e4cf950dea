package org.putright.mailbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.putright.complaint.ComplaintReference;

/**
 * The complaint reference in a subject line, where a resident replying to a letter or email about
 * their complaint has it: "Re: We have received your stage 1 complaint (CMP-2026-000123)". Written
 * in any case and anywhere in the subject; the first one counts.
 */
public final class SubjectReference {

    private static final Pattern REFERENCE =
            Pattern.compile("(?<![A-Za-z0-9])CMP-\\d{4}-\\d{6,}(?![0-9])", Pattern.CASE_INSENSITIVE);

    private SubjectReference() {}

    public static Optional<ComplaintReference> in(String subject) {
        Matcher matcher = REFERENCE.matcher(subject);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new ComplaintReference(matcher.group().toUpperCase(Locale.ROOT)));
    }
}
