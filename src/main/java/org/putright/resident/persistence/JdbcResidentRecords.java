package org.putright.resident.persistence;

import static org.putright.resident.persistence.ResidentRows.date;
import static org.putright.resident.persistence.ResidentRows.instant;
import static org.putright.resident.persistence.ResidentRows.uuid;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.putright.resident.ContactRestriction;
import org.putright.resident.DisclosedDisability;
import org.putright.resident.DueReview;
import org.putright.resident.ReasonableAdjustment;
import org.putright.resident.Representative;
import org.putright.resident.Review;
import org.putright.resident.ReviewOutcome;
import org.putright.resident.ReviewSubject;
import org.putright.resident.VulnerabilityFlag;
import org.putright.resident.VulnerabilityKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records kept about a resident apart from their own row: reasonable adjustments, disclosed
 * disabilities, vulnerability flags, contact restrictions and representatives, and the reviews that
 * keep the first four current. Records are only ever added; only anonymising rewrites their text.
 */
class JdbcResidentRecords {

    /**
     * A record's current review date is the one its latest review set, or its first when it has
     * not been reviewed; ended records are never due.
     */
    private static final String CURRENT_REVIEW_ON = """
            case when exists (select 1 from resident_review v where v.subject_id = %1$s.id)
                 then (select v.next_review_on from resident_review v where v.subject_id = %1$s.id
                        order by v.reviewed_at desc, v.recorded_at desc fetch first 1 row only)
                 else %1$s.review_on end
            """;

    private static final String NOT_ENDED = """
            not exists (select 1 from resident_review e where e.subject_id = %1$s.id and e.outcome = 'ENDED')
            """;

    /** What replaces the resident's personal text when they are anonymised. */
    private static final String MARKER = "[redacted]";

    private final JdbcClient jdbc;

    JdbcResidentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every record about the resident, oldest first, each with its reviews. */
    RecordsAbout about(UUID residentId) {
        Map<UUID, List<Review>> reviews = reviewsOf(residentId);
        return new RecordsAbout(
                jdbc.sql("select * from resident_adjustment where resident_id = :id order by recorded_at, id")
                        .param("id", residentId)
                        .query((rs, n) -> new ReasonableAdjustment(
                                uuid(rs, "id"),
                                rs.getString("description"),
                                instant(rs, "agreed_at"),
                                date(rs, "review_on"),
                                instant(rs, "recorded_at"),
                                rs.getString("recorded_by"),
                                reviews.getOrDefault(uuid(rs, "id"), List.of())))
                        .list(),
                jdbc.sql("select * from resident_disability where resident_id = :id order by recorded_at, id")
                        .param("id", residentId)
                        .query((rs, n) -> new DisclosedDisability(
                                uuid(rs, "id"),
                                rs.getString("description"),
                                instant(rs, "disclosed_at"),
                                date(rs, "review_on"),
                                instant(rs, "recorded_at"),
                                rs.getString("recorded_by"),
                                reviews.getOrDefault(uuid(rs, "id"), List.of())))
                        .list(),
                jdbc.sql("select * from resident_vulnerability where resident_id = :id order by recorded_at, id")
                        .param("id", residentId)
                        .query((rs, n) -> new VulnerabilityFlag(
                                uuid(rs, "id"),
                                VulnerabilityKind.valueOf(rs.getString("kind")),
                                rs.getString("note"),
                                instant(rs, "identified_at"),
                                rs.getObject("review_on", LocalDate.class),
                                instant(rs, "recorded_at"),
                                rs.getString("recorded_by"),
                                reviews.getOrDefault(uuid(rs, "id"), List.of())))
                        .list(),
                jdbc.sql("select * from resident_restriction where resident_id = :id order by recorded_at, id")
                        .param("id", residentId)
                        .query((rs, n) -> new ContactRestriction(
                                uuid(rs, "id"),
                                rs.getString("reason"),
                                rs.getString("evidence"),
                                rs.getString("scope"),
                                rs.getString("equality_considerations"),
                                date(rs, "starts_on"),
                                date(rs, "review_on"),
                                instant(rs, "recorded_at"),
                                rs.getString("recorded_by"),
                                reviews.getOrDefault(uuid(rs, "id"), List.of())))
                        .list(),
                jdbc.sql("select * from representative where resident_id = :id order by recorded_at, id")
                        .param("id", residentId)
                        .query((rs, n) -> new Representative(
                                uuid(rs, "id"),
                                uuid(rs, "resident_id"),
                                rs.getString("name"),
                                rs.getString("relationship"),
                                rs.getString("email"),
                                rs.getString("phone"),
                                rs.getString("address"),
                                rs.getString("authority"),
                                instant(rs, "authority_evidenced_at"),
                                rs.getObject("expires_on", LocalDate.class),
                                instant(rs, "recorded_at"),
                                rs.getString("recorded_by")))
                        .list());
    }

    /**
     * Replaces the free text of every record about the resident, and of its reviews, with a marker;
     * dates, kinds and identifiers stay.
     */
    void anonymise(UUID residentId) {
        for (String statement : List.of(
                "update resident_adjustment set description = :marker where resident_id = :id",
                "update resident_disability set description = :marker where resident_id = :id",
                "update resident_vulnerability set note = :marker where resident_id = :id",
                "update resident_restriction set reason = :marker, evidence = :marker, scope = :marker,"
                        + " equality_considerations = null where resident_id = :id",
                "update resident_review set note = :marker where resident_id = :id",
                "update representative set name = :marker, relationship = :marker, email = null, phone = null,"
                        + " address = null, authority = :marker where resident_id = :id")) {
            jdbc.sql(statement).param("marker", MARKER).param("id", residentId).update();
        }
    }

    void insertAdjustment(UUID residentId, ReasonableAdjustment adjustment) {
        jdbc.sql("""
                        insert into resident_adjustment (id, resident_id, description, agreed_at, review_on,
                                                         recorded_at, recorded_by)
                        values (:id, :residentId, :description, :agreedAt, :reviewOn, :recordedAt, :recordedBy)
                        """)
                .param("id", adjustment.id())
                .param("residentId", residentId)
                .param("description", adjustment.description())
                .param("agreedAt", Timestamp.from(adjustment.agreedAt()))
                .param("reviewOn", adjustment.reviewOn())
                .param("recordedAt", Timestamp.from(adjustment.recordedAt()))
                .param("recordedBy", adjustment.recordedBy())
                .update();
    }

    void insertDisability(UUID residentId, DisclosedDisability disability) {
        jdbc.sql("""
                        insert into resident_disability (id, resident_id, description, disclosed_at, review_on,
                                                         recorded_at, recorded_by)
                        values (:id, :residentId, :description, :disclosedAt, :reviewOn, :recordedAt, :recordedBy)
                        """)
                .param("id", disability.id())
                .param("residentId", residentId)
                .param("description", disability.description())
                .param("disclosedAt", Timestamp.from(disability.disclosedAt()))
                .param("reviewOn", disability.reviewOn())
                .param("recordedAt", Timestamp.from(disability.recordedAt()))
                .param("recordedBy", disability.recordedBy())
                .update();
    }

    void insertVulnerability(UUID residentId, VulnerabilityFlag flag) {
        jdbc.sql("""
                        insert into resident_vulnerability (id, resident_id, kind, note, identified_at, review_on,
                                                            recorded_at, recorded_by)
                        values (:id, :residentId, :kind, :note, :identifiedAt, :reviewOn, :recordedAt, :recordedBy)
                        """)
                .param("id", flag.id())
                .param("residentId", residentId)
                .param("kind", flag.kind().name())
                .param("note", flag.note())
                .param("identifiedAt", Timestamp.from(flag.identifiedAt()))
                .param("reviewOn", flag.reviewOn())
                .param("recordedAt", Timestamp.from(flag.recordedAt()))
                .param("recordedBy", flag.recordedBy())
                .update();
    }

    void insertRestriction(UUID residentId, ContactRestriction restriction) {
        jdbc.sql("""
                        insert into resident_restriction (id, resident_id, reason, evidence, scope,
                                                          equality_considerations, starts_on, review_on,
                                                          recorded_at, recorded_by)
                        values (:id, :residentId, :reason, :evidence, :scope, :equality, :startsOn, :reviewOn,
                                :recordedAt, :recordedBy)
                        """)
                .param("id", restriction.id())
                .param("residentId", residentId)
                .param("reason", restriction.reason())
                .param("evidence", restriction.evidence())
                .param("scope", restriction.scope())
                .param("equality", restriction.equalityConsiderations())
                .param("startsOn", restriction.startsOn())
                .param("reviewOn", restriction.reviewOn())
                .param("recordedAt", Timestamp.from(restriction.recordedAt()))
                .param("recordedBy", restriction.recordedBy())
                .update();
    }

    void insertRepresentative(Representative representative) {
        jdbc.sql("""
                        insert into representative (id, resident_id, name, relationship, email, phone, address,
                                                    authority, authority_evidenced_at, expires_on,
                                                    recorded_at, recorded_by)
                        values (:id, :residentId, :name, :relationship, :email, :phone, :address, :authority,
                                :evidencedAt, :expiresOn, :recordedAt, :recordedBy)
                        """)
                .param("id", representative.id())
                .param("residentId", representative.residentId())
                .param("name", representative.name())
                .param("relationship", representative.relationship())
                .param("email", representative.email())
                .param("phone", representative.phone())
                .param("address", representative.address())
                .param("authority", representative.authority())
                .param("evidencedAt", Timestamp.from(representative.authorityEvidencedAt()))
                .param("expiresOn", representative.expiresOn())
                .param("recordedAt", Timestamp.from(representative.recordedAt()))
                .param("recordedBy", representative.recordedBy())
                .update();
    }

    void insertReview(UUID residentId, ReviewSubject subject, UUID recordId, Review review) {
        jdbc.sql("""
                        insert into resident_review (id, resident_id, subject_kind, subject_id, reviewed_at,
                                                     reviewed_by, outcome, note, next_review_on, recorded_at)
                        values (:id, :residentId, :subject, :subjectId, :reviewedAt, :reviewedBy, :outcome, :note,
                                :nextReviewOn, :recordedAt)
                        """)
                .param("id", review.id())
                .param("residentId", residentId)
                .param("subject", subject.name())
                .param("subjectId", recordId)
                .param("reviewedAt", Timestamp.from(review.reviewedAt()))
                .param("reviewedBy", review.reviewedBy())
                .param("outcome", review.outcome().name())
                .param("note", review.note())
                .param("nextReviewOn", review.nextReviewOn())
                .param("recordedAt", Timestamp.from(review.recordedAt()))
                .update();
    }

    List<DueReview> dueForReview(LocalDate day) {
        String sql = "select x.resident_id, r.name as resident_name, x.subject_kind, x.subject_id, x.summary,"
                + " x.review_on from ("
                + reviewable("resident_adjustment", "ADJUSTMENT", "a.description")
                + " union all "
                + reviewable("resident_disability", "DISABILITY", "a.description")
                + " union all "
                + reviewable("resident_vulnerability", "VULNERABILITY", "a.kind || ': ' || a.note")
                + " union all "
                + reviewable("resident_restriction", "RESTRICTION", "a.scope")
                + ") x join resident r on r.id = x.resident_id"
                + " where x.review_on <= :day order by x.review_on, lower(r.name), x.subject_id";
        return jdbc.sql(sql)
                .param("day", day)
                .query((rs, n) -> new DueReview(
                        uuid(rs, "resident_id"),
                        rs.getString("resident_name"),
                        ReviewSubject.valueOf(rs.getString("subject_kind")),
                        uuid(rs, "subject_id"),
                        rs.getString("summary"),
                        date(rs, "review_on")))
                .list();
    }

    private static String reviewable(String table, String subject, String summary) {
        return "select a.resident_id, cast('" + subject + "' as varchar(20)) as subject_kind, a.id as subject_id, "
                + "cast(" + summary + " as varchar(2100)) as summary, " + CURRENT_REVIEW_ON.formatted("a")
                + " as review_on from " + table + " a where " + NOT_ENDED.formatted("a");
    }

    private Map<UUID, List<Review>> reviewsOf(UUID residentId) {
        Map<UUID, List<Review>> bySubject = new HashMap<>();
        jdbc.sql("select * from resident_review where resident_id = :id order by reviewed_at, recorded_at, id")
                .param("id", residentId)
                .query((ResultSet rs) -> {
                    bySubject
                            .computeIfAbsent(uuid(rs, "subject_id"), key -> new ArrayList<>())
                            .add(new Review(
                                    uuid(rs, "id"),
                                    instant(rs, "reviewed_at"),
                                    rs.getString("reviewed_by"),
                                    ReviewOutcome.valueOf(rs.getString("outcome")),
                                    rs.getString("note"),
                                    rs.getObject("next_review_on", LocalDate.class),
                                    instant(rs, "recorded_at")));
                });
        return bySubject;
    }

    /** The records about one resident, each list oldest first. */
    record RecordsAbout(
            List<ReasonableAdjustment> adjustments,
            List<DisclosedDisability> disabilities,
            List<VulnerabilityFlag> vulnerabilities,
            List<ContactRestriction> restrictions,
            List<Representative> representatives) {}
}
