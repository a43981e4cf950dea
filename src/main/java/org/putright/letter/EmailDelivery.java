package org.putright.letter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.putright.resident.ContactChannel;
import org.putright.system.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails each issued letter to a recipient whose preferred channel is email (3.1, 5.10): the
 * letter itself as the accessible HTML body, the tagged PDF attached. It runs once the step that
 * issued the letter is committed, so a refused step never sends anything, and a mail server that
 * is down never refuses a step; each attempt is recorded either way. Nothing is sent when no mail
 * server is configured ({@code spring.mail.host}). A failed email is tried again on a widening
 * schedule, so a mail server that was down for an hour does not leave a resident without their
 * letter.
 */
@Component
class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);
    private static final int MAXIMUM_DETAIL = 500;

    private final ObjectProvider<JavaMailSender> mail;
    private final LetterStore store;
    private final Clock clock;
    private final String from;

    EmailDelivery(
            ObjectProvider<JavaMailSender> mail,
            LetterStore store,
            Clock clock,
            @Value("${putright.letters.from:complaints@localhost}") String from) {
        this.mail = mail;
        this.store = store;
        this.clock = clock;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(LetterIssued issued) {
        deliver(issued.letter(), clock.instant());
    }

    /**
     * Tries again every letter whose emails have all failed and whose next attempt under {@link
     * RetrySchedule#EMAIL} has come; each attempt is recorded like the first. A letter whose
     * attempts have run out stays undelivered and is shown so on the letter. Run once across
     * instances; ShedLock can only lock a method that returns nothing.
     */
    @Scheduled(fixedDelayString = "${putright.letters.retry-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "letter-email-retry", lockAtMostFor = "PT10M")
    public void scheduledRun() {
        retryDue(clock.instant());
    }

    /** Tries again every letter whose next attempt has come at {@code now}; returns how many. */
    public int retryDue(Instant now) {
        if (mail.getIfAvailable() == null) {
            return 0;
        }
        int tried = 0;
        for (UndeliveredLetter undelivered : store.undelivered()) {
            boolean due = RetrySchedule.EMAIL
                    .nextAttempt(undelivered.failedAttempts(), undelivered.lastAttempt())
                    .filter(next -> !next.isAfter(now))
                    .isPresent();
            if (due) {
                store.find(undelivered.letter()).ifPresent(letter -> deliver(letter, now));
                tried++;
            }
        }
        return tried;
    }

    /** Emails the letter when its recipient asked for email and a mail server is configured. */
    void deliver(Letter letter, Instant attemptedAt) {
        Recipient recipient = letter.recipient();
        JavaMailSender sender = mail.getIfAvailable();
        String to = recipient.email();
        if (sender == null || recipient.channel() != ContactChannel.EMAIL || to == null) {
            return;
        }
        Delivery.Outcome outcome = Delivery.Outcome.SENT;
        String detail = null;
        try {
            sender.send(message(sender, letter, to));
        } catch (MailException | MessagingException e) {
            outcome = Delivery.Outcome.FAILED;
            detail = String.valueOf(e.getMessage());
            detail = detail.length() > MAXIMUM_DETAIL ? detail.substring(0, MAXIMUM_DETAIL) : detail;
            log.warn("Could not email letter {} on complaint {}: {}", letter.id(), letter.reference(), detail);
        }
        store.recordDelivery(
                new Delivery(UUID.randomUUID(), letter.id(), ContactChannel.EMAIL, to, attemptedAt, outcome, detail));
    }

    private MimeMessage message(JavaMailSender sender, Letter letter, String to) throws MessagingException {
        String title = letter.type().title(letter.stage());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(title + " (" + letter.reference() + ")");
        String html = store.html(letter.id()).orElseThrow();
        helper.setText(
                "Dear " + letter.recipient().name() + ",\n\n" + "Our letter about complaint " + letter.reference()
                        + " is attached as a PDF: \"" + title + "\".\n\n"
                        + "If you need it in another format, please tell us.\n",
                html);
        byte[] pdf = store.pdf(letter.id()).orElseThrow();
        helper.addAttachment(
                letter.reference() + "-"
                        + letter.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf",
                new ByteArrayResource(pdf),
                "application/pdf");
        return message;
    }
}
