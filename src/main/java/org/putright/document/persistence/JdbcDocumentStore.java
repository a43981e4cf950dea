package org.putright.document.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.putright.document.Document;
import org.putright.document.DocumentStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDocumentStore implements DocumentStore {

    private final JdbcClient jdbc;

    JdbcDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Document document, byte[] content) {
        jdbc.sql("""
                        insert into document (id, filename, content_type, size_bytes, sha256, uploaded_at, uploaded_by, content)
                        values (:id, :filename, :contentType, :size, :sha256, :at, :by, :content)
                        """)
                .param("id", document.id())
                .param("filename", document.filename())
                .param("contentType", document.contentType())
                .param("size", document.size())
                .param("sha256", document.sha256())
                .param("at", Timestamp.from(document.uploadedAt()))
                .param("by", document.uploadedBy())
                .param("content", content)
                .update();
    }

    @Override
    public Optional<Document> find(UUID id) {
        return jdbc.sql(
                        "select id, filename, content_type, size_bytes, sha256, uploaded_at, uploaded_by from document where id = :id")
                .param("id", id)
                .query((rs, row) -> new Document(
                        rs.getObject("id", UUID.class),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .optional();
    }

    @Override
    public void erase(UUID id) {
        jdbc.sql("update document set content = :empty, filename = '[redacted]' where id = :id")
                .param("empty", new byte[0])
                .param("id", id)
                .update();
    }

    @Override
    public Optional<byte[]> content(UUID id) {
        return jdbc.sql("select content from document where id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getBytes("content"))
                .optional();
    }
}
