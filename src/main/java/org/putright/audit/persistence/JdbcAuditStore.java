package org.putright.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.putright.audit.AuditAction;
import org.putright.audit.AuditEntry;
import org.putright.audit.AuditPage;
import org.putright.audit.AuditQuery;
import org.putright.audit.AuditStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditStore implements AuditStore {

    private static final String FILTER = """
             where (cast(:action as varchar(40)) is null or action = :action)
               and (cast(:actor as varchar(800)) is null or actor = :actor)
            """;

    private final JdbcClient jdbc;

    JdbcAuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEntry entry) {
        jdbc.sql("""
                        insert into audit_entry (id, at, actor, action, target, detail, address)
                        values (:id, :at, :actor, :action, :target, :detail, :address)
                        """)
                .param("id", entry.id())
                .param("at", Timestamp.from(entry.at()))
                .param("actor", entry.actor())
                .param("action", entry.action().name())
                .param("target", entry.target())
                .param("detail", entry.detail())
                .param("address", entry.address())
                .update();
    }

    @Override
    public AuditPage find(AuditQuery query) {
        String action = query.action() == null ? null : query.action().name();
        long total = jdbc.sql("select count(*) from audit_entry" + FILTER)
                .param("action", action)
                .param("actor", query.actor())
                .query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql("select id, at, actor, action, target, detail, address from audit_entry"
                        + FILTER + " order by seq desc limit :limit offset :offset")
                .param("action", action)
                .param("actor", query.actor())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(JdbcAuditStore::entry)
                .list();
        return new AuditPage(items, query.page(), query.size(), total);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getString("address"));
    }
}
