package org.putright.ombudsman.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.ombudsman.Compliance;
import org.putright.ombudsman.Determination;
import org.putright.ombudsman.ElementFinding;
import org.putright.ombudsman.EvidenceRequest;
import org.putright.ombudsman.OmbudsmanCase;
import org.putright.ombudsman.OmbudsmanCaseRepository;
import org.putright.ombudsman.OmbudsmanFinding;
import org.putright.ombudsman.OmbudsmanOrder;
import org.putright.ombudsman.OrderKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps a case in one row and its evidence requests, findings and orders in rows of their own,
 * rewritten whole on each save: a case holds a handful of each, and the version on the case row
 * keeps two saves from crossing.
 */
@Repository
class JdbcOmbudsmanCaseRepository implements OmbudsmanCaseRepository {

    private final JdbcClient jdbc;

    JdbcOmbudsmanCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(OmbudsmanCase referred) {
        jdbc.sql("""
                        insert into ombudsman_case (id, complaint_reference, hos_reference, referred_on, referral_note,
                                                    determined_on, created_at, created_by, updated_at, updated_by,
                                                    version)
                        values (:id, :complaint, :hos, :referredOn, :note, :determinedOn, :createdAt, :createdBy,
                                :updatedAt, :updatedBy, :version)
                        """)
                .param("id", referred.id())
                .param("complaint", referred.complaintReference())
                .param("hos", referred.hosReference())
                .param("referredOn", referred.referredOn())
                .param("note", referred.referralNote())
                .param("determinedOn", determinedOn(referred))
                .param("createdAt", Timestamp.from(referred.createdAt()))
                .param("createdBy", referred.createdBy())
                .param("updatedAt", Timestamp.from(referred.updatedAt()))
                .param("updatedBy", referred.updatedBy())
                .param("version", referred.version())
                .update();
        insertParts(referred);
    }

    @Override
    public boolean save(OmbudsmanCase changed, long expectedVersion) {
        boolean saved = jdbc.sql("""
                                update ombudsman_case
                                   set determined_on = :determinedOn, updated_at = :updatedAt, updated_by = :updatedBy,
                                       version = version + 1
                                 where id = :id and version = :version
                                """)
                        .param("determinedOn", determinedOn(changed))
                        .param("updatedAt", Timestamp.from(changed.updatedAt()))
                        .param("updatedBy", changed.updatedBy())
                        .param("id", changed.id())
                        .param("version", expectedVersion)
                        .update()
                > 0;
        if (saved) {
            for (String table : List.of("ombudsman_evidence_request", "ombudsman_element_finding", "ombudsman_order")) {
                jdbc.sql("delete from " + table + " where ombudsman_case_id = :id")
                        .param("id", changed.id())
                        .update();
            }
            insertParts(changed);
        }
        return saved;
    }

    @Override
    public Optional<OmbudsmanCase> find(UUID id) {
        return jdbc.sql("select * from ombudsman_case where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::assemble);
    }

    @Override
    public boolean hosReferenceTaken(String hosReference) {
        return jdbc.sql("select count(*) from ombudsman_case where hos_reference = :hos")
                        .param("hos", hosReference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<OmbudsmanCase> all() {
        return jdbc
                .sql("select * from ombudsman_case order by referred_on desc, hos_reference")
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::assemble)
                .toList();
    }

    private void insertParts(OmbudsmanCase c) {
        List<EvidenceRequest> requests = c.evidenceRequests();
        for (int i = 0; i < requests.size(); i++) {
            EvidenceRequest request = requests.get(i);
            jdbc.sql("""
                            insert into ombudsman_evidence_request (id, ombudsman_case_id, position, description,
                                                                    requested_on, due_on, sent_on)
                            values (:id, :caseId, :position, :description, :requestedOn, :dueOn, :sentOn)
                            """)
                    .param("id", request.id())
                    .param("caseId", c.id())
                    .param("position", i)
                    .param("description", request.description())
                    .param("requestedOn", request.requestedOn())
                    .param("dueOn", request.dueOn())
                    .param("sentOn", request.sentOn())
                    .update();
        }
        Determination determination = c.determination();
        if (determination != null) {
            List<ElementFinding> findings = determination.findings();
            for (int i = 0; i < findings.size(); i++) {
                jdbc.sql("""
                                insert into ombudsman_element_finding (ombudsman_case_id, position, element, finding)
                                values (:caseId, :position, :element, :finding)
                                """)
                        .param("caseId", c.id())
                        .param("position", i)
                        .param("element", findings.get(i).element())
                        .param("finding", findings.get(i).finding().name())
                        .update();
            }
        }
        List<OmbudsmanOrder> orders = c.orders();
        for (int i = 0; i < orders.size(); i++) {
            OmbudsmanOrder order = orders.get(i);
            Compliance compliance = order.compliance();
            jdbc.sql("""
                            insert into ombudsman_order (id, ombudsman_case_id, position, kind, description, made_on,
                                                         due_on, complied_on, compliance_evidence, compliance_document,
                                                         compliance_recorded_at, compliance_recorded_by)
                            values (:id, :caseId, :position, :kind, :description, :madeOn, :dueOn, :compliedOn,
                                    :evidence, :document, :recordedAt, :recordedBy)
                            """)
                    .param("id", order.id())
                    .param("caseId", c.id())
                    .param("position", i)
                    .param("kind", order.kind().name())
                    .param("description", order.description())
                    .param("madeOn", order.madeOn())
                    .param("dueOn", order.dueOn())
                    .param("compliedOn", compliance == null ? null : compliance.compliedOn())
                    .param("evidence", compliance == null ? null : compliance.evidence())
                    .param("document", compliance == null ? null : compliance.documentId())
                    .param("recordedAt", compliance == null ? null : Timestamp.from(compliance.recordedAt()))
                    .param("recordedBy", compliance == null ? null : compliance.recordedBy())
                    .update();
        }
    }

    private OmbudsmanCase assemble(Row row) {
        List<EvidenceRequest> requests = jdbc.sql(
                        "select * from ombudsman_evidence_request where ombudsman_case_id = :id order by position")
                .param("id", row.id())
                .query((rs, n) -> new EvidenceRequest(
                        rs.getObject("id", UUID.class),
                        rs.getString("description"),
                        rs.getObject("requested_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getObject("sent_on", LocalDate.class)))
                .list();
        List<ElementFinding> findings = jdbc.sql(
                        "select * from ombudsman_element_finding where ombudsman_case_id = :id order by position")
                .param("id", row.id())
                .query((rs, n) ->
                        new ElementFinding(rs.getString("element"), OmbudsmanFinding.valueOf(rs.getString("finding"))))
                .list();
        List<OmbudsmanOrder> orders = jdbc.sql(
                        "select * from ombudsman_order where ombudsman_case_id = :id order by position")
                .param("id", row.id())
                .query((rs, n) -> order(rs))
                .list();
        LocalDate determinedOn = row.determinedOn();
        return new OmbudsmanCase(
                row.id(),
                row.complaintReference(),
                row.hosReference(),
                row.referredOn(),
                row.referralNote(),
                requests,
                determinedOn == null ? null : new Determination(determinedOn, findings),
                orders,
                row.createdAt().toInstant(),
                row.createdBy(),
                row.updatedAt().toInstant(),
                row.updatedBy(),
                row.version());
    }

    private static OmbudsmanOrder order(ResultSet rs) throws SQLException {
        LocalDate compliedOn = rs.getObject("complied_on", LocalDate.class);
        Timestamp recordedAt = rs.getTimestamp("compliance_recorded_at");
        Compliance compliance = compliedOn == null || recordedAt == null
                ? null
                : new Compliance(
                        compliedOn,
                        rs.getString("compliance_evidence"),
                        rs.getObject("compliance_document", UUID.class),
                        recordedAt.toInstant(),
                        rs.getString("compliance_recorded_by"));
        return new OmbudsmanOrder(
                rs.getObject("id", UUID.class),
                OrderKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getObject("made_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                compliance);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("complaint_reference"),
                rs.getString("hos_reference"),
                rs.getObject("referred_on", LocalDate.class),
                rs.getString("referral_note"),
                rs.getObject("determined_on", LocalDate.class),
                rs.getTimestamp("created_at"),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at"),
                rs.getString("updated_by"),
                rs.getLong("version"));
    }

    private static @Nullable LocalDate determinedOn(OmbudsmanCase c) {
        Determination determination = c.determination();
        return determination == null ? null : determination.determinedOn();
    }

    /** The case row, before its parts are read. */
    private record Row(
            UUID id,
            String complaintReference,
            String hosReference,
            LocalDate referredOn,
            @Nullable String referralNote,
            @Nullable LocalDate determinedOn,
            Timestamp createdAt,
            String createdBy,
            Timestamp updatedAt,
            String updatedBy,
            long version) {}
}
