package org.putright.privacy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.privacy.AuditEntry;
import org.putright.privacy.PrivacyStore;
import org.putright.privacy.RetentionPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPrivacyStore implements PrivacyStore {

    private final JdbcClient jdbc;

    JdbcPrivacyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RetentionPolicy policy() {
        return jdbc.sql("select years, updated_at, updated_by from retention_policy where id = 1")
                .query((rs, row) -> new RetentionPolicy(
                        rs.getInt("years"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .single();
    }

    @Override
    public void savePolicy(int years, Instant at, String by) {
        jdbc.sql("update retention_policy set years = :years, updated_at = :at, updated_by = :by where id = 1")
                .param("years", years)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    @Override
    public void audit(AuditEntry entry) {
        jdbc.sql("""
                        insert into privacy_audit (id, at, by_whom, action, resident_id, reference, detail)
                        values (:id, :at, :by, :action, :resident, :reference, :detail)
                        """)
                .param("id", entry.id())
                .param("at", Timestamp.from(entry.at()))
                .param("by", entry.by())
                .param("action", entry.action().name())
                .param("resident", entry.residentId())
                .param("reference", entry.reference())
                .param("detail", entry.detail())
                .update();
    }

    @Override
    public List<AuditEntry> audit(@Nullable UUID residentId, int limit) {
        String where = residentId == null ? "" : " where resident_id = :resident";
        JdbcClient.StatementSpec query = jdbc.sql(
                        "select id, at, by_whom, action, resident_id, reference, detail from privacy_audit" + where
                                + " order by at desc, id limit :limit")
                .param("limit", limit);
        if (residentId != null) {
            query = query.param("resident", residentId);
        }
        return query.query(JdbcPrivacyStore::entry).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("at").toInstant(),
                rs.getString("by_whom"),
                AuditEntry.Action.valueOf(rs.getString("action")),
                rs.getObject("resident_id", UUID.class),
                rs.getString("reference"),
                rs.getString("detail"));
    }
}
