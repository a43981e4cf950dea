package org.putright.reporting.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.reporting.TenantPopulation;
import org.putright.reporting.TenantPopulationStore;
import org.putright.resident.EqualityCharacteristic;
import org.putright.settings.ReportingYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTenantPopulationStore implements TenantPopulationStore {

    private final JdbcClient jdbc;

    JdbcTenantPopulationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TenantPopulation find(ReportingYear year) {
        Map<EqualityCharacteristic, Map<String, Long>> counts = new EnumMap<>(EqualityCharacteristic.class);
        @Nullable Instant[] recordedAt = {null};
        @Nullable String[] recordedBy = {null};
        jdbc.sql("select characteristic, group_code, people, recorded_at, recorded_by from tenant_population"
                        + " where reporting_year = :year")
                .param("year", year.toString())
                .query(rs -> {
                    EqualityCharacteristic characteristic;
                    try {
                        characteristic = EqualityCharacteristic.valueOf(rs.getString("characteristic"));
                    } catch (IllegalArgumentException retired) {
                        return;
                    }
                    String group = rs.getString("group_code");
                    if (characteristic.group(group).isPresent()) {
                        counts.computeIfAbsent(characteristic, key -> new HashMap<>())
                                .put(group, rs.getLong("people"));
                    }
                    recordedAt[0] = rs.getTimestamp("recorded_at").toInstant();
                    recordedBy[0] = rs.getString("recorded_by");
                });
        return new TenantPopulation(year, counts, recordedAt[0], recordedBy[0]);
    }

    @Override
    public void replace(TenantPopulation population, Instant at, String by) {
        String year = population.year().toString();
        jdbc.sql("delete from tenant_population where reporting_year = :year")
                .param("year", year)
                .update();
        population
                .counts()
                .forEach((characteristic, groups) -> groups.forEach((group, people) -> jdbc.sql("""
                        insert into tenant_population (reporting_year, characteristic, group_code, people,
                                                       recorded_at, recorded_by)
                        values (:year, :characteristic, :group, :people, :at, :by)
                        """)
                        .param("year", year)
                        .param("characteristic", characteristic.name())
                        .param("group", group)
                        .param("people", people)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()));
    }
}
