package org.putright.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, writes the stage facts of complaints recorded before stage facts were kept, a batch per
 * transaction. Facts can only be derived from the record by the aggregate, so a migration cannot
 * write them; complaints saved since always carry theirs.
 */
@Component
class StageFactsBackfill {

    private static final Logger log = LoggerFactory.getLogger(StageFactsBackfill.class);
    private static final int BATCH = 200;

    private final Complaints complaints;

    StageFactsBackfill(Complaints complaints) {
        this.complaints = complaints;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        int total = 0;
        for (int written = complaints.backfillStageFacts(BATCH);
                written > 0;
                written = complaints.backfillStageFacts(BATCH)) {
            total += written;
        }
        if (total > 0) {
            log.info("Wrote the stage facts of {} complaints recorded before they were kept", total);
        }
    }
}
