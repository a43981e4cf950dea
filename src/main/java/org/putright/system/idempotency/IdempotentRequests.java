package org.putright.system.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored first answers, by caller and key. Each call commits on its own, outside the request's work. */
@Repository
class IdempotentRequests {

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredResponse> find(String actor, String key) {
        return jdbc.sql("""
                        select request_hash, status_code, location, etag, body from idempotent_request
                         where actor = :actor and request_key = :key
                        """)
                .param("actor", actor)
                .param("key", key)
                .query((rs, row) -> new StoredResponse(
                        rs.getString("request_hash"),
                        rs.getInt("status_code"),
                        rs.getString("location"),
                        rs.getString("etag"),
                        rs.getString("body")))
                .optional();
    }

    /** Claims the key for this request; false when another request holds it already. */
    boolean claim(String actor, String key, String hash, Instant now) {
        try {
            jdbc.sql("""
                            insert into idempotent_request (actor, request_key, request_hash, status_code, body, created_at)
                            values (:actor, :key, :hash, 0, '', :now)
                            """)
                    .param("actor", actor)
                    .param("key", key)
                    .param("hash", hash)
                    .param("now", Timestamp.from(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void complete(String actor, String key, int status, @Nullable String location, @Nullable String etag, String body) {
        jdbc.sql("""
                        update idempotent_request set status_code = :status, location = :location, etag = :etag,
                                                      body = :body
                         where actor = :actor and request_key = :key
                        """)
                .param("status", status)
                .param("location", location)
                .param("etag", etag)
                .param("body", body)
                .param("actor", actor)
                .param("key", key)
                .update();
    }

    void release(String actor, String key) {
        jdbc.sql("delete from idempotent_request where actor = :actor and request_key = :key")
                .param("actor", actor)
                .param("key", key)
                .update();
    }

    /** Forgets claims abandoned by a request that never finished (a crash), so the key can be retried. */
    void releaseAbandoned(String actor, String key, Instant claimedBefore) {
        jdbc.sql("""
                        delete from idempotent_request
                         where actor = :actor and request_key = :key and status_code = 0 and created_at < :before
                        """)
                .param("actor", actor)
                .param("key", key)
                .param("before", Timestamp.from(claimedBefore))
                .update();
    }
}
