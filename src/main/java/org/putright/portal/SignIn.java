package org.putright.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.resident.Resident;
import org.putright.resident.Residents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How residents prove a complaint is theirs: they give its reference and an email address or
 * phone number held for it (on the resident's record, or given when the complaint was made
 * online, also by a representative), and we email a one-time code to an address held for it.
 * Text messages cannot be sent, so a phone number only finds the email address to use; a
 * complaint with no email address held is followed by phoning or writing to the landlord.
 */
@Service
public class SignIn {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

    private final Complaints complaints;
    private final Residents residents;
    private final PortalStore store;
    private final CodeMail mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignIn(Complaints complaints, Residents residents, PortalStore store, CodeMail mail, Clock clock) {
        this.complaints = complaints;
        this.residents = residents;
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    /** What happened when a resident asked for a code. */
    public sealed interface CodeRequest {
        /** A code was emailed; {@code sentToPhone} when the resident gave a phone number. */
        record Sent(UUID codeId, String maskedEmail, boolean askedByPhone) implements CodeRequest {}

        /** The phone number matched but no email address is held: they must phone or write. */
        record NoEmailHeld() implements CodeRequest {}

        /** The details match no complaint, or email cannot be sent; the resident is told no more than that. */
        record NotSent() implements CodeRequest {}
    }

    @Transactional
    public CodeRequest requestCode(String reference, String emailOrPhone) {
        String wanted = reference.strip().toUpperCase(Locale.ROOT);
        if (!ComplaintReference.isValid(wanted)) {
            return new CodeRequest.NotSent();
        }
        Optional<Complaint> complaint = find(wanted);
        if (complaint.isEmpty()) {
            return new CodeRequest.NotSent();
        }
        Contacts held = contactsOf(complaint.get());
        String given = emailOrPhone.strip();
        String sendTo;
        boolean byPhone = !given.contains("@");
        if (byPhone) {
            String digits = digits(given);
            if (digits.length() < 6 || !held.hasPhone(digits)) {
                return new CodeRequest.NotSent();
            }
            @Nullable String email = held.firstEmail();
            if (email == null) {
                return new CodeRequest.NoEmailHeld();
            }
            sendTo = email;
        } else {
            if (!held.hasEmail(given)) {
                return new CodeRequest.NotSent();
            }
            sendTo = given;
        }
        if (!mail.available()) {
            return new CodeRequest.NotSent();
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant now = clock.instant();
        OneTimeCode issued =
                new OneTimeCode(UUID.randomUUID(), wanted, hash(code), sendTo, now, now.plus(CODE_LIFETIME), 0, null);
        store.saveCode(issued);
        mail.send(sendTo, wanted, code, CODE_LIFETIME);
        return new CodeRequest.Sent(issued.id(), mask(sendTo), byPhone);
    }

    /**
     * The reference the code lets the resident follow, when the code is right, unexpired, unused
     * and not guessed at too often. A right code is used up; a wrong one counts as an attempt.
     */
    @Transactional
    public Optional<String> verify(UUID codeId, String code) {
        Instant now = clock.instant();
        Optional<OneTimeCode> found = store.findCode(codeId);
        if (found.isEmpty() || !found.get().usableAt(now)) {
            return Optional.empty();
        }
        OneTimeCode issued = found.get();
        String typed = code.replaceAll("\\s", "");
        if (!MessageDigest.isEqual(
                hash(typed).getBytes(StandardCharsets.US_ASCII),
                issued.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            store.countAttempt(codeId);
            return Optional.empty();
        }
        return store.use(codeId, now) ? Optional.of(issued.reference()) : Optional.empty();
    }

    private Optional<Complaint> find(String reference) {
        try {
            return Optional.of(complaints.get(new ComplaintReference(reference)));
        } catch (org.putright.system.problem.NotFound unknown) {
            return Optional.empty();
        }
    }

    private Contacts contactsOf(Complaint complaint) {
        Contacts contacts = new Contacts();
        Resident resident = residents.get(complaint.receipt().residentId());
        contacts.add(resident.details().email(), resident.details().phone());
        for (PortalStore.Contact contact :
                store.contactsFor(complaint.reference().value())) {
            contacts.add(contact.email(), contact.phone());
        }
        return contacts;
    }

    /** The emails (in the order held) and phone numbers (digits only) held for a complaint. */
    private static final class Contacts {
        private final java.util.List<String> emails = new java.util.ArrayList<>();
        private final java.util.Set<String> phones = new java.util.HashSet<>();

        void add(@Nullable String email, @Nullable String phone) {
            if (email != null && !email.isBlank()) {
                emails.add(email.strip());
            }
            if (phone != null && !phone.isBlank()) {
                phones.add(digits(phone));
            }
        }

        boolean hasEmail(String email) {
            return emails.stream().anyMatch(held -> held.equalsIgnoreCase(email));
        }

        boolean hasPhone(String digits) {
            return phones.contains(digits);
        }

        @Nullable
        String firstEmail() {
            return emails.isEmpty() ? null : emails.get(0);
        }
    }

    /** A UK number the way people write it, +44 7700 900123 or 07700 900123, reduced to compare. */
    static String digits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.startsWith("44") && digits.length() > 10 ? "0" + digits.substring(2) : digits;
    }

    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
