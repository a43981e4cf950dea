package org.putright.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes each message from the complaints mailbox exactly once. The message is recorded by its
 * Message-ID in the same transaction as the complaint, correspondence and documents made from it,
 * so a second delivery of it is recognised and changes nothing, and two instances can never both
 * process it (the key is unique). A message whose work fails is still recorded, whole, as FAILED
 * in a transaction of its own, so the caller may let the mail server forget it: nothing accepted
 * is lost, and staff see and retry it.
 */
@Service
public class Mailbox {

    public static final int LIST_LIMIT = 200;

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);
    private static final int MAXIMUM_FAILURE = 1000;
    private static final int MAXIMUM_HEADER = 1000;

    private final MailboxMessages store;
    private final MailIntake intake;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Mailbox(MailboxMessages store, MailIntake intake, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.intake = intake;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What became of one delivery of a message. */
    public record Receipt(MailboxMessage message, boolean duplicate) {}

    /**
     * Takes one message as the mail server delivered it. When this returns, the message is
     * committed to the database, processed or failed; it throws only when even that was impossible
     * (the database is down), and the message must then stay on the server.
     */
    public Receipt receive(byte[] raw) {
        MessageParser.Headers headers = MessageParser.headers(raw);
        String key = MessageKey.of(headers.messageId(), raw);
        var known = store.withKey(key);
        if (known.isPresent()) {
            return new Receipt(known.get(), true);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        try {
            return new Receipt(
                    Objects.requireNonNull(transaction.execute(status -> {
                        MailIntake.Intake done = intake.process(MessageParser.parse(raw), now);
                        MailboxMessage message = record(id, key, headers, now, done, null);
                        store.insert(message, raw);
                        return message;
                    })),
                    false);
        } catch (DuplicateKeyException raced) {
            return new Receipt(store.withKey(key).orElseThrow(() -> raced), true);
        } catch (RuntimeException failure) {
            String why = why(failure);
            log.warn("Could not process mailbox message {} from {}: {}", headers.messageId(), headers.from(), why);
            try {
                return new Receipt(
                        Objects.requireNonNull(transaction.execute(status -> {
                            MailboxMessage message = record(id, key, headers, now, null, why);
                            store.insert(message, raw);
                            return message;
                        })),
                        false);
            } catch (DuplicateKeyException raced) {
                return new Receipt(store.withKey(key).orElseThrow(() -> raced), true);
            }
        }
    }

    /**
     * Processes a FAILED message again, from the message as it was received, once whatever stopped
     * it has been put right (a complaint reopened, a limit raised, a fault fixed).
     *
     * @throws Conflict when the message is not FAILED, or another retry of it got there first
     */
    public MailboxMessage retry(UUID id) {
        MailboxMessage failed = get(id);
        if (failed.state() != MailboxMessage.State.FAILED) {
            throw new Conflict(
                    "mailbox-message-not-failed",
                    "Message already processed",
                    "Message " + id + " was processed onto " + failed.complaintReference()
                            + "; there is nothing to retry.");
        }
        byte[] raw = store.raw(id).orElseThrow(() -> new NotFound("Mailbox message", id.toString()));
        Instant now = clock.instant();
        int attempts = failed.attempts() + 1;
        try {
            transaction.executeWithoutResult(status -> {
                MailIntake.Intake done = intake.process(MessageParser.parse(raw), now);
                if (!store.processed(
                        id,
                        failed.version(),
                        done.outcome(),
                        done.reference().value(),
                        done.attachments(),
                        attempts,
                        now)) {
                    throw retriedMeanwhile(id);
                }
            });
        } catch (Conflict meanwhile) {
            throw meanwhile;
        } catch (RuntimeException failure) {
            String why = why(failure);
            log.warn("Retrying mailbox message {} failed again: {}", id, why);
            transaction.executeWithoutResult(status -> store.failedAgain(id, attempts, now, why));
        }
        return get(id);
    }

    public MailboxMessage get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("Mailbox message", id.toString()));
    }

    public List<MailboxMessage> list(MailboxMessage.@Nullable State state) {
        return store.list(state, LIST_LIMIT);
    }

    private static MailboxMessage record(
            UUID id,
            String key,
            MessageParser.Headers headers,
            Instant now,
            MailIntake.@Nullable Intake done,
            @Nullable String failure) {
        return new MailboxMessage(
                id,
                key,
                cut(headers.messageId(), MAXIMUM_HEADER),
                cut(headers.from(), 320),
                cut(headers.subject(), MAXIMUM_HEADER),
                headers.sentAt(),
                now,
                done == null ? MailboxMessage.State.FAILED : MailboxMessage.State.PROCESSED,
                done == null ? null : done.outcome(),
                done == null ? null : done.reference().value(),
                1,
                now,
                failure,
                done == null ? List.of() : done.attachments(),
                0);
    }

    private static Conflict retriedMeanwhile(UUID id) {
        return new Conflict(
                "mailbox-message-retried",
                "Message retried meanwhile",
                "Message " + id + " was retried by someone else.");
    }

    /** The reason a message failed, as staff can act on it. */
    private static String why(RuntimeException failure) {
        String why = failure instanceof DomainProblem problem
                ? problem.detail()
                : failure instanceof MalformedMessage
                        ? "The message " + failure.getMessage()
                        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        String stripped = String.valueOf(why).strip();
        return stripped.length() <= MAXIMUM_FAILURE ? stripped : stripped.substring(0, MAXIMUM_FAILURE);
    }

    private static @Nullable String cut(@Nullable String text, int maximum) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= maximum ? stripped : stripped.substring(0, maximum);
    }
}
