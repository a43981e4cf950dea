package org.putright.system.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class FourDigitYearsTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule("dates").setDeserializerModifier(new FourDigitYears()))
            .build();

    record Dated(
            @Nullable LocalDate on,
            @Nullable OffsetDateTime at,
            @Nullable Instant when) {}

    @Test
    void datesAndTimesWithFourDigitYearsAreReadAsUsual() {
        Dated dated = JSON.readValue(
                "{\"on\":\"2024-06-07\",\"at\":\"2024-06-07T00:30:00+01:00\",\"when\":\"9999-12-31T23:59:59Z\"}",
                Dated.class);

        assertThat(dated.on()).isEqualTo(LocalDate.of(2024, 6, 7));
        assertThat(dated.at())
                .isEqualTo(OffsetDateTime.parse("2024-06-07T00:30:00+01:00")
                        .withOffsetSameInstant(java.time.ZoneOffset.UTC));
        assertThat(dated.when()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(JSON.readValue("{\"on\":\"0000-01-01\"}", Dated.class).on()).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(JSON.readValue("{\"on\":null}", Dated.class).on()).isNull();
    }

    @Test
    void anExpandedYearIsRefusedNamingTheField() {
        for (String json : new String[] {
            "{\"on\":\"+999999999-12-31\"}",
            "{\"on\":\"+10000-01-01\"}",
            "{\"on\":\"-0001-01-01\"}",
            "{\"at\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"at\":\"-999999999-01-01T00:00:00Z\"}",
            "{\"when\":\"+10000-01-01T00:00:00Z\"}"
        }) {
            assertThatThrownBy(() -> JSON.readValue(json, Dated.class))
                    .as(json)
                    .isInstanceOfSatisfying(DatabindException.class, e -> {
                        assertThat(e.getMessage()).contains("four digits");
                        assertThat(e.getPath()).isNotEmpty();
                        assertThat(e.getPath().get(0).getPropertyName()).isIn("on", "at", "when");
                    });
        }
    }
}
