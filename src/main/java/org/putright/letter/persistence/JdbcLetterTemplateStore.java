package org.putright.letter.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.putright.letter.LetterTemplate;
import org.putright.letter.LetterTemplateStore;
import org.putright.letter.LetterType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLetterTemplateStore implements LetterTemplateStore {

    private final JdbcClient jdbc;

    JdbcLetterTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LetterTemplate> find(LetterType type) {
        return jdbc.sql("select body, updated_at, updated_by, version from letter_template where letter_type = :type")
                .param("type", type.name())
                .query((rs, row) -> new LetterTemplate(
                        type,
                        rs.getString("body"),
                        true,
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by"),
                        rs.getLong("version")))
                .optional();
    }

    @Override
    public boolean save(LetterType type, String text, long expectedVersion, Instant at, String by) {
        if (expectedVersion == 0) {
            try {
                return jdbc.sql("insert into letter_template (letter_type, body, updated_at, updated_by, version)"
                                        + " values (:type, :body, :at, :by, 1)")
                                .param("type", type.name())
                                .param("body", text)
                                .param("at", Timestamp.from(at))
                                .param("by", by)
                                .update()
                        == 1;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.sql("update letter_template set body = :body, updated_at = :at, updated_by = :by,"
                                + " version = version + 1 where letter_type = :type and version = :expected")
                        .param("type", type.name())
                        .param("body", text)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    @Override
    public boolean delete(LetterType type, long expectedVersion) {
        return jdbc.sql("delete from letter_template where letter_type = :type and version = :expected")
                        .param("type", type.name())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }
}
