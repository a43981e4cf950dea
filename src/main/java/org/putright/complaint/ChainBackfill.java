package org.putright.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, hashes the records kept before the chain existed (ADR 0011), a batch per transaction.
 * SHA-256 is not portable SQL, so the migration that added the columns cannot. Runs before the
 * other start-up work so that the chain covers the whole record as early as possible.
 */
@Component
class ChainBackfill {

    private static final Logger log = LoggerFactory.getLogger(ChainBackfill.class);
    private static final int BATCH = 200;

    private final RecordIntegrity integrity;

    ChainBackfill(RecordIntegrity integrity) {
        this.integrity = integrity;
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        int total = 0;
        for (int chained = integrity.chainUnchained(BATCH); chained > 0; chained = integrity.chainUnchained(BATCH)) {
            total += chained;
        }
        if (total > 0) {
            log.info("Hash-chained the records of {} complaints kept before the chain existed", total);
        }
    }
}
