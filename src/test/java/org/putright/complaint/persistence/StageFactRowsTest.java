package org.putright.complaint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.putright.complaint.Channel;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Decision;
import org.putright.complaint.StageFacts;

/** The stage-fact insert binds its values by position, so their order must be the columns' order. */
class StageFactRowsTest {

    private static final StageFacts FACTS = new StageFacts(
            new ComplaintReference("CMP-2024-000001"),
            1,
            Channel.PHONE,
            "repairs",
            UUID.fromString("00000000-0000-0000-0000-000000000001"),
            "hana",
            Instant.parse("2024-06-03T08:00:00Z"),
            new StageFacts.Acknowledgement(LocalDate.of(2024, 6, 10), Instant.parse("2024-06-05T09:00:00Z"), true),
            new StageFacts.Extensions(1, 10, true, false, true),
            new StageFacts.Answer(
                    LocalDate.of(2024, 6, 19),
                    LocalDate.of(2024, 7, 3),
                    LocalDate.of(2024, 7, 3),
                    Instant.parse("2024-07-01T15:00:00Z"),
                    Decision.UPHELD,
                    true),
            null,
            null,
            Instant.parse("2024-07-02T15:00:00Z"),
            true,
            new StageFacts.FollowThrough(2, 1, new BigDecimal("50.00"), BigDecimal.ZERO, 2, 1, 1, 3, 2, 1));

    @Test
    void theValuesComeInTheOrderOfTheColumns() {
        assertThat(StageFactRows.parameters(FACTS).keySet())
                .containsExactlyElementsOf(List.of(StageFactRows.COLUMNS.split("\\s*,\\s*")));
    }

    @Test
    void eachValueSitsAtItsColumnsPosition() {
        List<String> columns = List.of(StageFactRows.COLUMNS.split("\\s*,\\s*"));
        List<@Nullable Object> values = StageFactRows.values(FACTS);

        assertThat(values).hasSize(columns.size());
        assertThat(values.get(columns.indexOf("respond_by_original"))).isEqualTo(Date.valueOf("2024-06-19"));
        assertThat(values.get(columns.indexOf("extensions_notified_in_time"))).isEqualTo(true);
        assertThat(values.get(columns.indexOf("extensions_within_cap"))).isEqualTo(false);
        assertThat(values.get(columns.indexOf("actions_completed_on_time"))).isEqualTo(1);
        assertThat(values.get(columns.indexOf("closed_on"))).isEqualTo(Date.valueOf("2024-07-02"));
    }
}
