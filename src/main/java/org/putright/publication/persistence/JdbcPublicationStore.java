package org.putright.publication.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.putright.publication.PublicationStore;
import org.putright.publication.PublishedDocument;
import org.putright.publication.Rendition;
import org.putright.publication.ReportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPublicationStore implements PublicationStore {

    private static final String COLUMNS =
            "id, kind, source_id, title, period_start, period_end, published_at, published_by";

    private final JdbcClient jdbc;

    JdbcPublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PublishedDocument document, Rendition rendition) {
        jdbc.sql("insert into published_document (" + COLUMNS + ", html, pdf, docx) values (:id, :kind, :sourceId,"
                        + " :title, :periodStart, :periodEnd, :publishedAt, :publishedBy, :html, :pdf, :docx)")
                .param("id", document.id())
                .param("kind", document.kind().name())
                .param("sourceId", document.sourceId())
                .param("title", document.title())
                .param("periodStart", document.periodStart())
                .param("periodEnd", document.periodEnd())
                .param("publishedAt", Timestamp.from(document.publishedAt()))
                .param("publishedBy", document.publishedBy())
                .param("html", rendition.html())
                .param("pdf", rendition.pdf())
                .param("docx", rendition.docx())
                .update();
    }

    @Override
    public Optional<PublishedDocument> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from published_document where id = :id")
                .param("id", id)
                .query(JdbcPublicationStore::document)
                .optional();
    }

    @Override
    public Optional<PublishedDocument> findBySource(ReportKind kind, UUID sourceId) {
        return jdbc.sql("select " + COLUMNS + " from published_document where kind = :kind and source_id = :sourceId")
                .param("kind", kind.name())
                .param("sourceId", sourceId)
                .query(JdbcPublicationStore::document)
                .optional();
    }

    @Override
    public List<PublishedDocument> all() {
        return jdbc.sql("select " + COLUMNS + " from published_document order by published_at desc, title")
                .query(JdbcPublicationStore::document)
                .list();
    }

    @Override
    public Optional<String> html(UUID id) {
        return jdbc.sql("select html from published_document where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<byte[]> pdf(UUID id) {
        return bytes("pdf", id);
    }

    @Override
    public Optional<byte[]> docx(UUID id) {
        return bytes("docx", id);
    }

    private Optional<byte[]> bytes(String column, UUID id) {
        return jdbc.sql("select " + column + " from published_document where id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    private static PublishedDocument document(ResultSet rs, int row) throws SQLException {
        return new PublishedDocument(
                rs.getObject("id", UUID.class),
                ReportKind.valueOf(rs.getString("kind")),
                rs.getObject("source_id", UUID.class),
                rs.getString("title"),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by"));
    }
}
