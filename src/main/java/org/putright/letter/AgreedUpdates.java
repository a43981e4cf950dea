package org.putright.letter;

import java.math.BigDecimal;
import org.putright.complaint.Actor;
import org.putright.complaint.Complaints;
import org.putright.complaint.DeadlineAlert;
import org.putright.system.problem.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the promise of updates at the agreed interval (5.9): when an update falls due, Putright
 * issues the UPDATE letter itself from the record, through the same path as a handler's update
 * ({@link Letters#sendUpdate}), so it is kept on the record as correspondence, which moves the
 * next update date on, and goes to the resident by their preferred channel. It runs after the
 * alert is committed and in its own transaction, so an update that cannot be sent never undoes
 * the alert; the handler is told of the alert either way.
 */
@Component
class AgreedUpdates {

    /** Who the record names as sending an update nobody on the staff wrote. */
    static final Actor PUTRIGHT = new Actor("putright", BigDecimal.ZERO);

    private static final Logger log = LoggerFactory.getLogger(AgreedUpdates.class);

    private final Letters letters;
    private final Complaints complaints;
    private final TransactionTemplate separately;

    AgreedUpdates(Letters letters, Complaints complaints, PlatformTransactionManager transactions) {
        this.letters = letters;
        this.complaints = complaints;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(DeadlineAlert alert) {
        if (alert.kind() != DeadlineAlert.Kind.UPDATE_DUE) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> {
                var complaint = complaints.get(alert.reference());
                letters.sendUpdate(alert.reference(), complaints.now(), UpdateProgress.of(complaint), PUTRIGHT);
            });
        } catch (DomainProblem e) {
            // The complaint has moved on since the alert (answered, withdrawn): no update is due.
            log.warn("Did not send the agreed update on complaint {}: {}", alert.reference(), e.getMessage());
        } catch (RuntimeException e) {
            // Thrown after the alerts were committed, a failure here would stop the listeners of the
            // other alerts; the handler is told of this one by their notification of it.
            log.error("Could not send the agreed update on complaint {}", alert.reference(), e);
        }
    }
}
