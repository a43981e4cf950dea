package org.putright.resident.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.EqualityAnswers;
import org.putright.resident.EqualityCharacteristic;
import org.putright.resident.EqualityStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEqualityStore implements EqualityStore {

    /** Residents bound in one query at most: an IN list stays well within both databases' limits. */
    private static final int IDS_PER_QUERY = 500;

    private final JdbcClient jdbc;

    JdbcEqualityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EqualityAnswers find(UUID residentId) {
        Map<EqualityCharacteristic, String> answers = new EnumMap<>(EqualityCharacteristic.class);
        @Nullable Instant[] recordedAt = {null};
        @Nullable String[] recordedBy = {null};
        jdbc.sql("select characteristic, answer, recorded_at, recorded_by from resident_equality"
                        + " where resident_id = :id")
                .param("id", residentId)
                .query(rs -> {
                    @Nullable EqualityCharacteristic characteristic = characteristic(rs.getString("characteristic"));
                    if (characteristic != null) {
                        answers.put(characteristic, rs.getString("answer"));
                    }
                    Instant at = rs.getTimestamp("recorded_at").toInstant();
                    if (recordedAt[0] == null || at.isAfter(recordedAt[0])) {
                        recordedAt[0] = at;
                        recordedBy[0] = rs.getString("recorded_by");
                    }
                });
        return new EqualityAnswers(answers, recordedAt[0], recordedBy[0]);
    }

    @Override
    public void replace(UUID residentId, Map<EqualityCharacteristic, String> answers, Instant at, String by) {
        jdbc.sql("delete from resident_equality where resident_id = :id")
                .param("id", residentId)
                .update();
        answers.forEach((characteristic, answer) -> jdbc.sql("""
                        insert into resident_equality (resident_id, characteristic, answer, recorded_at, recorded_by)
                        values (:id, :characteristic, :answer, :at, :by)
                        """)
                .param("id", residentId)
                .param("characteristic", characteristic.name())
                .param("answer", answer)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update());
    }

    @Override
    public List<Map.Entry<EqualityCharacteristic, String>> answersOf(Collection<UUID> residentIds) {
        List<UUID> ids = List.copyOf(residentIds);
        List<Map.Entry<EqualityCharacteristic, String>> answers = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            jdbc.sql("select characteristic, answer from resident_equality where resident_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .query(rs -> {
                        @Nullable
                        EqualityCharacteristic characteristic = characteristic(rs.getString("characteristic"));
                        if (characteristic != null) {
                            answers.add(Map.entry(characteristic, rs.getString("answer")));
                        }
                    });
        }
        return answers;
    }

    /** A characteristic no longer monitored is left out rather than failing the read. */
    private static @Nullable EqualityCharacteristic characteristic(String name) {
        try {
            return EqualityCharacteristic.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
