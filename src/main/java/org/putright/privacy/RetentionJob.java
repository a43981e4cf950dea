package org.putright.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention policy every night, once across instances (ShedLock), so personal data is
 * never kept much beyond the policy's years.
 */
@Component
class RetentionJob {

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${putright.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention-policy", lockAtMostFor = "PT2H")
    void run() {
        retention.run(Retention.SCHEDULE);
    }
}
