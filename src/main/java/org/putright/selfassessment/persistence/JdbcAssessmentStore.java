package org.putright.selfassessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.putright.code.Edition;
import org.putright.code.EditionId;
import org.putright.code.Provision;
import org.putright.code.ProvisionNumber;
import org.putright.selfassessment.Approval;
import org.putright.selfassessment.Assessment;
import org.putright.selfassessment.AssessmentPeriod;
import org.putright.selfassessment.AssessmentStatus;
import org.putright.selfassessment.AssessmentStore;
import org.putright.selfassessment.Comply;
import org.putright.selfassessment.Measure;
import org.putright.selfassessment.ProvisionAnswer;
import org.putright.selfassessment.ProvisionAssessment;
import org.putright.selfassessment.ReassessmentReason;
import org.putright.selfassessment.ReassessmentTrigger;
import org.putright.selfassessment.SystemEvidence;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssessmentStore implements AssessmentStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcAssessmentStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void insert(Assessment assessment) {
        jdbc.sql("""
                        insert into self_assessment (id, edition, period_start, period_end, status, carried_from,
                                                     created_at, created_by, version)
                        values (:id, :edition, :start, :end, :status, :carriedFrom, :createdAt, :createdBy, :version)
                        """)
                .param("id", assessment.id())
                .param("edition", assessment.edition().value())
                .param("start", assessment.period().start())
                .param("end", assessment.period().end())
                .param("status", assessment.status().name())
                .param("carriedFrom", assessment.carriedFrom())
                .param("createdAt", Timestamp.from(assessment.createdAt()))
                .param("createdBy", assessment.createdBy())
                .param("version", assessment.version())
                .update();
        // One batch for the Code's seventy-odd provisions rather than a round trip each.
        List<SqlParameterSource> rows = new ArrayList<>();
        int position = 0;
        for (ProvisionAssessment row : assessment.provisions()) {
            ProvisionAnswer answer = row.answer();
            rows.add(new MapSqlParameterSource()
                    .addValue("id", assessment.id())
                    .addValue("number", row.number().toString())
                    .addValue("position", position++)
                    .addValue(
                            "comply",
                            answer.comply() == null ? null : answer.comply().name())
                    .addValue("evidence", answer.evidence())
                    .addValue("links", links(answer.links()))
                    .addValue("commentary", answer.commentary())
                    .addValue("action", answer.action())
                    .addValue("complyBy", answer.complyBy())
                    .addValue("updatedAt", timestamp(row.updatedAt()))
                    .addValue("updatedBy", row.updatedBy())
                    .addValue("version", row.version()));
        }
        batch.batchUpdate("""
                insert into self_assessment_provision (assessment_id, number, position, comply, evidence,
                       links, commentary, action, comply_by, updated_at, updated_by, version)
                values (:id, :number, :position, :comply, :evidence, :links, :commentary, :action,
                        :complyBy, :updatedAt, :updatedBy, :version)
                """, rows.toArray(SqlParameterSource[]::new));
    }

    @Override
    public boolean saveProvision(UUID assessment, ProvisionAssessment row, long expectedVersion) {
        ProvisionAnswer answer = row.answer();
        return jdbc.sql("""
                                update self_assessment_provision
                                   set comply = :comply, evidence = :evidence, links = :links, commentary = :commentary,
                                       action = :action, comply_by = :complyBy, updated_at = :updatedAt,
                                       updated_by = :updatedBy, version = version + 1
                                 where assessment_id = :id and number = :number and version = :version
                                   and exists (select 1 from self_assessment a where a.id = :id and a.status = 'DRAFT')
                                """)
                        .param(
                                "comply",
                                answer.comply() == null ? null : answer.comply().name())
                        .param("evidence", answer.evidence())
                        .param("links", links(answer.links()))
                        .param("commentary", answer.commentary())
                        .param("action", answer.action())
                        .param("complyBy", answer.complyBy())
                        .param("updatedAt", timestamp(row.updatedAt()))
                        .param("updatedBy", row.updatedBy())
                        .param("id", assessment)
                        .param("number", row.number().toString())
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }

    @Override
    public boolean saveStatus(Assessment assessment, long expectedVersion) {
        Approval approval = assessment.approval();
        return jdbc.sql("""
                                update self_assessment
                                   set status = :status, approved_on = :approvedOn, approving_body = :body,
                                       minute_reference = :minute, governing_body_response = :response,
                                       approval_recorded_at = :recordedAt, approval_recorded_by = :recordedBy,
                                       publication = :publication, version = version + 1
                                 where id = :id and version = :version
                                """)
                        .param("status", assessment.status().name())
                        .param("approvedOn", approval == null ? null : approval.approvedOn())
                        .param("body", approval == null ? null : approval.body())
                        .param("minute", approval == null ? null : approval.minuteReference())
                        .param("response", approval == null ? null : approval.response())
                        .param("recordedAt", approval == null ? null : Timestamp.from(approval.recordedAt()))
                        .param("recordedBy", approval == null ? null : approval.recordedBy())
                        .param("publication", assessment.publication())
                        .param("id", assessment.id())
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }

    @Override
    public Optional<Assessment> find(UUID id, Function<EditionId, Edition> editions) {
        // The header is read whole before its rows are, so no read waits on another's connection.
        return jdbc.sql("select * from self_assessment where id = :id")
                .param("id", id)
                .query(JdbcAssessmentStore::header)
                .optional()
                .map(header -> header.assessment(rows(id, editions.apply(header.edition()))));
    }

    @Override
    public List<UUID> ids() {
        return jdbc.sql("select id from self_assessment order by entry_no desc")
                .query((rs, row) -> rs.getObject("id", UUID.class))
                .list();
    }

    @Override
    public void keepEvidence(UUID assessment, Map<ProvisionNumber, List<SystemEvidence>> evidence) {
        List<SqlParameterSource> rows = new ArrayList<>();
        evidence.forEach((number, figures) -> figures.forEach(figure -> rows.add(new MapSqlParameterSource()
                .addValue("id", assessment)
                .addValue("number", number.toString())
                .addValue("measure", figure.measure().name())
                .addValue("met", figure.count())
                .addValue("outOf", figure.outOf())
                .addValue("percent", figure.percent())
                .addValue("statement", figure.statement())
                .addValue("computedOn", figure.computedOn())
                .addValue("shortfall", figure.shortfall()))));
        batch.batchUpdate("""
                insert into self_assessment_evidence (assessment_id, number, measure, met, out_of, percent,
                                                      statement, computed_on, shortfall)
                values (:id, :number, :measure, :met, :outOf, :percent, :statement, :computedOn, :shortfall)
                """, rows.toArray(SqlParameterSource[]::new));
    }

    @Override
    public Map<ProvisionNumber, List<SystemEvidence>> keptEvidence(UUID assessment) {
        Map<ProvisionNumber, List<SystemEvidence>> kept = new TreeMap<>();
        jdbc.sql("select * from self_assessment_evidence where assessment_id = :id order by number, measure")
                .param("id", assessment)
                .query(rs -> {
                    long outOf = rs.getLong("out_of");
                    boolean hasOutOf = !rs.wasNull();
                    SystemEvidence figure = new SystemEvidence(
                            Measure.valueOf(rs.getString("measure")),
                            rs.getLong("met"),
                            hasOutOf ? outOf : null,
                            rs.getBigDecimal("percent"),
                            rs.getString("statement"),
                            rs.getObject("computed_on", LocalDate.class),
                            rs.getBoolean("shortfall"));
                    kept.computeIfAbsent(ProvisionNumber.parse(rs.getString("number")), key -> new ArrayList<>())
                            .add(figure);
                });
        kept.values().forEach(list -> list.sort(java.util.Comparator.comparing(SystemEvidence::measure)));
        return kept;
    }

    @Override
    public void insert(ReassessmentTrigger trigger) {
        jdbc.sql("""
                        insert into reassessment_trigger (id, reason, occurred_on, note, recorded_at, recorded_by, met_by)
                        values (:id, :reason, :occurredOn, :note, :recordedAt, :recordedBy, :metBy)
                        """)
                .param("id", trigger.id())
                .param("reason", trigger.reason().name())
                .param("occurredOn", trigger.occurredOn())
                .param("note", trigger.note())
                .param("recordedAt", Timestamp.from(trigger.recordedAt()))
                .param("recordedBy", trigger.recordedBy())
                .param("metBy", trigger.metBy())
                .update();
    }

    @Override
    public void meetTriggers(UUID assessment) {
        jdbc.sql("update reassessment_trigger set met_by = :id where met_by is null")
                .param("id", assessment)
                .update();
    }

    @Override
    public List<ReassessmentTrigger> triggers() {
        return jdbc.sql("select * from reassessment_trigger order by recorded_at desc, occurred_on desc, id")
                .query((rs, row) -> new ReassessmentTrigger(
                        rs.getObject("id", UUID.class),
                        ReassessmentReason.valueOf(rs.getString("reason")),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        rs.getObject("met_by", UUID.class)))
                .list();
    }

    /** The assessment's own row, waiting for its provisions. */
    private record Header(
            UUID id,
            EditionId edition,
            AssessmentPeriod period,
            AssessmentStatus status,
            @Nullable UUID carriedFrom,
            @Nullable Approval approval,
            @Nullable UUID publication,
            Instant createdAt,
            String createdBy,
            long version) {

        Assessment assessment(List<ProvisionAssessment> rows) {
            return new Assessment(
                    id,
                    edition,
                    period,
                    status,
                    carriedFrom,
                    rows,
                    approval,
                    publication,
                    createdAt,
                    createdBy,
                    version);
        }
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        LocalDate approvedOn = rs.getObject("approved_on", LocalDate.class);
        Approval approval = approvedOn == null
                ? null
                : new Approval(
                        approvedOn,
                        rs.getString("approving_body"),
                        rs.getString("minute_reference"),
                        rs.getString("governing_body_response"),
                        rs.getTimestamp("approval_recorded_at").toInstant(),
                        rs.getString("approval_recorded_by"));
        return new Header(
                rs.getObject("id", UUID.class),
                new EditionId(rs.getString("edition")),
                new AssessmentPeriod(
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)),
                AssessmentStatus.valueOf(rs.getString("status")),
                rs.getObject("carried_from", UUID.class),
                approval,
                rs.getObject("publication", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getLong("version"));
    }

    private List<ProvisionAssessment> rows(UUID id, Edition edition) {
        Map<ProvisionNumber, Provision> provisions = new HashMap<>();
        edition.provisions().forEach(provision -> provisions.put(provision.number(), provision));
        return jdbc.sql("select * from self_assessment_provision where assessment_id = :id order by position")
                .param("id", id)
                .query((row, n) -> new ProvisionAssessment(
                        java.util.Objects.requireNonNull(
                                provisions.get(ProvisionNumber.parse(row.getString("number")))),
                        new ProvisionAnswer(
                                comply(row.getString("comply")),
                                row.getString("evidence"),
                                links(row.getString("links")),
                                row.getString("commentary"),
                                row.getString("action"),
                                row.getObject("comply_by", LocalDate.class)),
                        instant(row.getTimestamp("updated_at")),
                        row.getString("updated_by"),
                        row.getLong("version")))
                .list();
    }

    private static @Nullable Comply comply(@Nullable String value) {
        return value == null ? null : Comply.valueOf(value);
    }

    private static @Nullable String links(List<String> links) {
        return links.isEmpty() ? null : String.join("\n", links);
    }

    private static List<String> links(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
