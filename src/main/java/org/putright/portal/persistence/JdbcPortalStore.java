package org.putright.portal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.portal.OneTimeCode;
import org.putright.portal.PortalStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPortalStore implements PortalStore {

    private final JdbcClient jdbc;

    JdbcPortalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addContact(String reference, @Nullable String email, @Nullable String phone, Instant at) {
        if (blank(email) && blank(phone)) {
            return;
        }
        jdbc.sql(
                        "INSERT INTO portal_contact (reference, email, phone, recorded_at) VALUES (:reference, :email, :phone, :at)")
                .param("reference", reference)
                .param("email", blank(email) ? null : email)
                .param("phone", blank(phone) ? null : phone)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public List<Contact> contactsFor(String reference) {
        return jdbc.sql("SELECT email, phone FROM portal_contact WHERE reference = :reference ORDER BY recorded_at")
                .param("reference", reference)
                .query((rs, row) -> new Contact(rs.getString("email"), rs.getString("phone")))
                .list();
    }

    @Override
    public void forget(String reference) {
        jdbc.sql("delete from portal_contact where reference = :reference")
                .param("reference", reference)
                .update();
        jdbc.sql("delete from portal_code where reference = :reference")
                .param("reference", reference)
                .update();
    }

    @Override
    public void saveCode(OneTimeCode code) {
        jdbc.sql(
                        "INSERT INTO portal_code (id, reference, code_hash, sent_to, created_at, expires_at, attempts, used_at)"
                                + " VALUES (:id, :reference, :hash, :sentTo, :createdAt, :expiresAt, :attempts, NULL)")
                .param("id", code.id())
                .param("reference", code.reference())
                .param("hash", code.codeHash())
                .param("sentTo", code.sentTo())
                .param("createdAt", Timestamp.from(code.createdAt()))
                .param("expiresAt", Timestamp.from(code.expiresAt()))
                .param("attempts", code.attempts())
                .update();
    }

    @Override
    public Optional<OneTimeCode> findCode(UUID id) {
        return jdbc.sql("SELECT * FROM portal_code WHERE id = :id")
                .param("id", id)
                .query(JdbcPortalStore::code)
                .optional();
    }

    @Override
    public void countAttempt(UUID id) {
        jdbc.sql("UPDATE portal_code SET attempts = attempts + 1 WHERE id = :id")
                .param("id", id)
                .update();
    }

    @Override
    public boolean use(UUID id, Instant at) {
        // One statement, so two requests racing with the same code cannot both use it.
        return jdbc.sql("UPDATE portal_code SET used_at = :at WHERE id = :id AND used_at IS NULL")
                        .param("id", id)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private static OneTimeCode code(ResultSet rs, int row) throws SQLException {
        Timestamp used = rs.getTimestamp("used_at");
        return new OneTimeCode(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("code_hash"),
                rs.getString("sent_to"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getInt("attempts"),
                used == null ? null : used.toInstant());
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
