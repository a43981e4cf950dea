package org.putright.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.putright.complaint.DeadlineAlert;

class NotificationTextTest {

    @Test
    void eachAlertSaysWhatIsDueByWhenAndCitesTheProvision() {
        LocalDate day = LocalDate.of(2026, 11, 30);

        assertThat(NotificationText.message(DeadlineAlert.Kind.DUE_SOON, "CMP-2026-000001", day))
                .contains("CMP-2026-000001", "Monday 30 November 2026", "6.3");
        assertThat(NotificationText.message(DeadlineAlert.Kind.OVERDUE, "CMP-2026-000001", day))
                .contains("missed its deadline of Monday 30 November 2026");
        assertThat(NotificationText.message(DeadlineAlert.Kind.UPDATE_DUE, "CMP-2026-000001", day))
                .contains("update", "5.9");
        assertThat(NotificationText.subject(DeadlineAlert.Kind.OVERDUE, "CMP-2026-000001"))
                .isEqualTo("Complaint CMP-2026-000001 is overdue");
    }
}
