package org.putright.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.DeadlineAlert;
import org.putright.system.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails pending notifications: straight after the alerts that made them are committed, and every
 * minute for those whose next attempt has come. A failure is recorded on the notification and
 * tried again under {@link RetrySchedule#EMAIL}; when the attempts run out it is left FAILED, still
 * in the person's inbox. Runs once across instances.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int MAXIMUM_FAILURE = 500;
    /** Long enough for one send to finish, so two instances never email the same notification. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final TransactionTemplate separately;

    NotificationMailer(
            NotificationStore store,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            @Value("${putright.notifications.from:${putright.letters.from:complaints@localhost}}") String from,
            @Value("${putright.base-url:}") String baseUrl,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(DeadlineAlert alert) {
        try {
            separately.executeWithoutResult(status -> sendDue());
        } catch (RuntimeException e) {
            // The alerts are committed; the scheduled run sends what this could not.
            log.warn("Could not send notification emails now: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${putright.notifications.retry-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "notification-email", lockAtMostFor = "PT10M")
    @Transactional
    public void scheduledRun() {
        sendDue();
    }

    /** Sends every email whose attempt is due now; returns how many went. */
    @Transactional
    public int sendDue() {
        return sendDue(clock.instant());
    }

    /** Sends every email whose attempt is due at {@code now}; returns how many went. */
    @Transactional
    public int sendDue(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Notification notification : store.emailsDue(now)) {
            String to = notification.emailTo();
            if (to == null) {
                continue;
            }
            if (!store.claim(notification.id(), notification.emailAttempts(), now, now.plus(LEASE))) {
                continue;
            }
            int attempts = notification.emailAttempts() + 1;
            String failure = send(sender, notification, to);
            if (failure == null) {
                store.emailAttempted(notification.id(), Notification.EmailState.SENT, attempts, null, null);
                sent++;
                continue;
            }
            log.warn("Could not email notification {} to {}: {}", notification.id(), notification.recipient(), failure);
            Instant next = RetrySchedule.EMAIL.nextAttempt(attempts, now).orElse(null);
            store.emailAttempted(
                    notification.id(),
                    next == null ? Notification.EmailState.FAILED : Notification.EmailState.PENDING,
                    attempts,
                    next,
                    failure);
        }
        return sent;
    }

    private @Nullable String send(JavaMailSender sender, Notification notification, String to) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(NotificationText.subject(notification.kind(), notification.reference()));
        String link = baseUrl.isBlank() ? "" : "\n\nYour notifications: " + baseUrl.strip() + "/staff/notifications";
        message.setText(notification.message() + link + "\n");
        try {
            sender.send(message);
            return null;
        } catch (MailException e) {
            String failure = String.valueOf(e.getMessage());
            return failure.length() > MAXIMUM_FAILURE ? failure.substring(0, MAXIMUM_FAILURE) : failure;
        }
    }
}
