package org.putright.boardreport.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.boardreport.AnnualReport;
import org.putright.boardreport.BoardReport;
import org.putright.boardreport.BoardReportStore;
import org.putright.boardreport.GoverningBodyResponse;
import org.putright.boardreport.OmbudsmanReport;
import org.putright.boardreport.OmbudsmanReportKind;
import org.putright.boardreport.ReportingYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcBoardReportStore implements BoardReportStore {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String COLUMNS = "year_start, commentary, responded_on, response_body, minute_reference,"
            + " response, responded_at, responded_by, content, publication, updated_at, updated_by, version";

    private final JdbcClient jdbc;

    JdbcBoardReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AnnualReport> find(ReportingYear year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where year_start = :year")
                .param("year", year.startYear())
                .query(JdbcBoardReportStore::report)
                .optional();
    }

    @Override
    public List<AnnualReport> all() {
        return jdbc.sql("select " + COLUMNS + " from annual_report order by year_start desc")
                .query(JdbcBoardReportStore::report)
                .list();
    }

    @Override
    public boolean save(AnnualReport report, long expectedVersion, boolean isNew) {
        GoverningBodyResponse response = report.response();
        BoardReport content = report.respondedTo();
        String sql = isNew
                ? "insert into annual_report (" + COLUMNS + ") values (:year, :commentary, :respondedOn, :body,"
                        + " :minute, :response, :respondedAt, :respondedBy, :content, :publication, :updatedAt,"
                        + " :updatedBy, :version + 1)"
                : """
                update annual_report set commentary = :commentary, responded_on = :respondedOn, response_body = :body,
                       minute_reference = :minute, response = :response, responded_at = :respondedAt,
                       responded_by = :respondedBy, content = :content, publication = :publication,
                       updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1
                 where year_start = :year and version = :version
                """;
        return jdbc.sql(sql)
                        .param("year", report.year().startYear())
                        .param("commentary", report.commentary())
                        .param("respondedOn", response == null ? null : response.respondedOn())
                        .param("body", response == null ? null : response.body())
                        .param("minute", response == null ? null : response.minuteReference())
                        .param("response", response == null ? null : response.response())
                        .param("respondedAt", response == null ? null : Timestamp.from(response.recordedAt()))
                        .param("respondedBy", response == null ? null : response.recordedBy())
                        .param("content", content == null ? null : JSON.writeValueAsString(content))
                        .param("publication", report.publication())
                        .param("updatedAt", report.updatedAt() == null ? null : Timestamp.from(report.updatedAt()))
                        .param("updatedBy", report.updatedBy())
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    @Override
    public void insert(OmbudsmanReport report) {
        jdbc.sql("""
                        insert into ombudsman_report (id, kind, title, published_on, summary, link, recorded_at, recorded_by)
                        values (:id, :kind, :title, :publishedOn, :summary, :link, :recordedAt, :recordedBy)
                        """)
                .param("id", report.id())
                .param("kind", report.kind().name())
                .param("title", report.title())
                .param("publishedOn", report.publishedOn())
                .param("summary", report.summary())
                .param("link", report.link())
                .param("recordedAt", Timestamp.from(report.recordedAt()))
                .param("recordedBy", report.recordedBy())
                .update();
    }

    @Override
    public List<OmbudsmanReport> ombudsmanReports(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, kind, title, published_on, summary, link, recorded_at, recorded_by
                          from ombudsman_report
                         where published_on >= :from and published_on <= :to
                         order by published_on, title
                        """)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new OmbudsmanReport(
                        rs.getObject("id", UUID.class),
                        OmbudsmanReportKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getString("summary"),
                        rs.getString("link"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    private static AnnualReport report(ResultSet rs, int row) throws SQLException {
        LocalDate respondedOn = rs.getObject("responded_on", LocalDate.class);
        GoverningBodyResponse response = respondedOn == null
                ? null
                : new GoverningBodyResponse(
                        respondedOn,
                        rs.getString("response_body"),
                        rs.getString("minute_reference"),
                        rs.getString("response"),
                        instant(rs, "responded_at"),
                        rs.getString("responded_by"));
        String content = rs.getString("content");
        return new AnnualReport(
                new ReportingYear(rs.getInt("year_start")),
                rs.getString("commentary"),
                response,
                content == null ? null : JSON.readValue(content, BoardReport.class),
                rs.getObject("publication", UUID.class),
                rs.getTimestamp("updated_at") == null ? null : instant(rs, "updated_at"),
                rs.getString("updated_by"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        @Nullable Timestamp timestamp = rs.getTimestamp(column);
        if (timestamp == null) {
            throw new IllegalStateException(column + " is missing from an annual report");
        }
        return timestamp.toInstant();
    }
}
