package org.putright.resident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.resident.ContactRestriction;
import org.putright.resident.DisclosedDisability;
import org.putright.resident.DueReview;
import org.putright.resident.ReasonableAdjustment;
import org.putright.resident.Representative;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.resident.ResidentPage;
import org.putright.resident.ResidentRepository;
import org.putright.resident.ResidentRepository.HistoricKey;
import org.putright.resident.ResidentSummary;
import org.putright.resident.Review;
import org.putright.resident.ReviewOutcome;
import org.putright.resident.ReviewSubject;
import org.putright.resident.VulnerabilityFlag;
import org.putright.resident.VulnerabilityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcResidentRepository implements ResidentRepository {

    private static final String SUMMARY_COLUMNS = "id, name, email, phone, address, postcode, tenancy_reference";

    private static final String SEARCH_CONDITION = """
             where lower(name) like :pattern escape '\\'
                or email_lower like :pattern escape '\\'
                or lower(tenancy_reference) like :pattern escape '\\'
                or replace(lower(postcode), ' ', '') like :compact escape '\\'
            """;

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

    private static final String ANONYMISED_NAME = "Former resident";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    JdbcResidentRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void insert(Resident resident) {
        ResidentDetails details = resident.details();
        jdbc.sql("""
                        insert into resident (id, name, email, email_lower, phone, address, postcode, tenancy_reference,
                                              preferred_channel, preferred_format, format_language,
                                              created_at, created_by, updated_at, updated_by, version)
                        values (:id, :name, :email, :emailLower, :phone, :address, :postcode, :tenancyReference,
                                :channel, :format, :language, :createdAt, :createdBy, :updatedAt, :updatedBy, :version)
                        """)
                .param("id", resident.id())
                .param("name", details.name())
                .param("email", details.email())
                .param("emailLower", lower(details.email()))
                .param("phone", details.phone())
                .param("address", details.address())
                .param("postcode", details.postcode())
                .param("tenancyReference", details.tenancyReference())
                .param("channel", resident.preferredChannel().name())
                .param("format", resident.preferredFormat().name())
                .param("language", details.formatLanguage())
                .param("createdAt", Timestamp.from(resident.createdAt()))
                .param("createdBy", resident.createdBy())
                .param("updatedAt", Timestamp.from(resident.updatedAt()))
                .param("updatedBy", resident.updatedBy())
                .param("version", resident.version())
                .update();
    }

    @Override
    public void insertAll(List<Resident> residents) {
        if (residents.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into resident (id, name, email, email_lower, phone, address, postcode, tenancy_reference,
                                      preferred_channel, preferred_format, format_language,
                                      created_at, created_by, updated_at, updated_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, residents, 1_000, (statement, resident) -> {
            ResidentDetails details = resident.details();
            Object[] values = {
                resident.id(),
                details.name(),
                details.email(),
                lower(details.email()),
                details.phone(),
                details.address(),
                details.postcode(),
                details.tenancyReference(),
                resident.preferredChannel().name(),
                resident.preferredFormat().name(),
                details.formatLanguage(),
                Timestamp.from(resident.createdAt()),
                resident.createdBy(),
                Timestamp.from(resident.updatedAt()),
                resident.updatedBy(),
                resident.version()
            };
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
        });
    }

    @Override
    public Map<HistoricKey, UUID> withTenancyReferences(java.util.Collection<String> tenancyReferences) {
        Map<HistoricKey, UUID> ids = new HashMap<>();
        if (tenancyReferences.isEmpty()) {
            return ids;
        }
        // One array parameter rather than thousands of bound values: one short statement to plan.
        template.query(
                connection -> {
                    java.sql.PreparedStatement statement = connection.prepareStatement(
                            "select id, tenancy_reference, name from resident where tenancy_reference = any (?)"
                                    + " order by created_at, id");
                    statement.setArray(1, connection.createArrayOf("varchar", tenancyReferences.toArray()));
                    return statement;
                },
                (ResultSet rs) -> {
                    ids.putIfAbsent(
                            HistoricKey.of(rs.getString("tenancy_reference"), rs.getString("name")),
                            rs.getObject("id", UUID.class));
                });
        return ids;
    }

    @Override
    public boolean update(UUID id, ResidentDetails details, long expectedVersion, Instant at, String by) {
        return jdbc.sql("""
                                update resident
                                   set name = :name, email = :email, email_lower = :emailLower, phone = :phone,
                                       address = :address, postcode = :postcode, tenancy_reference = :tenancyReference,
                                       preferred_channel = :channel, preferred_format = :format,
                                       format_language = :language, updated_at = :at, updated_by = :by,
                                       version = version + 1
                                 where id = :id and version = :version
                                """)
                        .param("name", details.name())
                        .param("email", details.email())
                        .param("emailLower", lower(details.email()))
                        .param("phone", details.phone())
                        .param("address", details.address())
                        .param("postcode", details.postcode())
                        .param("tenancyReference", details.tenancyReference())
                        .param("channel", name(details.preferredChannel()))
                        .param("format", name(details.preferredFormat()))
                        .param("language", details.formatLanguage())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }

    @Override
    public boolean touch(UUID id, Instant at, String by) {
        return jdbc.sql("""
                                update resident set updated_at = :at, updated_by = :by, version = version + 1
                                 where id = :id
                                """)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("id", id)
                        .update()
                > 0;
    }

    @Override
    public void anonymise(UUID id, Instant at, String by) {
        jdbc.sql("""
                        update resident set name = :name, email = null, email_lower = null, phone = null,
                               address = null, postcode = null, tenancy_reference = null, format_language = null,
                               updated_at = :at, updated_by = :by, version = version + 1
                         where id = :id
                        """)
                .param("name", ANONYMISED_NAME)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .update();
        for (String statement : List.of(
                "update resident_adjustment set description = :marker where resident_id = :id",
                "update resident_disability set description = :marker where resident_id = :id",
                "update resident_vulnerability set note = :marker where resident_id = :id",
                "update resident_restriction set reason = :marker, evidence = :marker, scope = :marker,"
                        + " equality_considerations = null where resident_id = :id",
                "update resident_review set note = :marker where resident_id = :id",
                "update representative set name = :marker, relationship = :marker, email = null, phone = null,"
                        + " address = null, authority = :marker where resident_id = :id")) {
            jdbc.sql(statement).param("marker", MARKER).param("id", id).update();
        }
    }

    @Override
    public Optional<Resident> find(UUID id) {
        Optional<ResidentRow> row = jdbc.sql("select * from resident where id = :id")
                .param("id", id)
                .query(ResidentRow::of)
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<Review>> reviews = reviewsOf(id);
        return Optional.of(new Resident(
                id,
                row.get().details(),
                row.get().createdAt(),
                row.get().createdBy(),
                row.get().updatedAt(),
                row.get().updatedBy(),
                row.get().version(),
                jdbc.sql("select * from resident_adjustment where resident_id = :id order by recorded_at, id")
                        .param("id", id)
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
                        .param("id", id)
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
                        .param("id", id)
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
                        .param("id", id)
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
                        .param("id", id)
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
                        .list()));
    }

    @Override
    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from resident where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<ResidentSummary> withTenancyReference(String tenancyReference) {
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + " from resident where tenancy_reference = :reference order by created_at, id")
                .param("reference", tenancyReference)
                .query(JdbcResidentRepository::summary)
                .list();
    }

    @Override
    public List<ResidentSummary> withEmail(String email) {
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + " from resident where email_lower = :email order by created_at, id")
                .param("email", lower(email))
                .query(JdbcResidentRepository::summary)
                .list();
    }

    @Override
    public ResidentPage search(String text, int page, int size) {
        String condition = text.isEmpty() ? "" : SEARCH_CONDITION;
        String needle = text.toLowerCase(Locale.ROOT);
        String pattern = "%" + escapeLike(needle) + "%";
        String compact = "%" + escapeLike(needle.replace(" ", "")) + "%";
        long total = jdbc.sql("select count(*) from resident" + condition)
                .param("pattern", pattern)
                .param("compact", compact)
                .query(Long.class)
                .single();
        List<ResidentSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from resident" + condition
                        + " order by lower(name), id limit :limit offset :offset")
                .param("pattern", pattern)
                .param("compact", compact)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcResidentRepository::summary)
                .list();
        return new ResidentPage(items, page, size, total);
    }

    @Override
    public Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, name from resident where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    @Override
    public void insertAdjustment(UUID residentId, ReasonableAdjustment adjustment) {
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

    @Override
    public void insertDisability(UUID residentId, DisclosedDisability disability) {
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

    @Override
    public void insertVulnerability(UUID residentId, VulnerabilityFlag flag) {
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

    @Override
    public void insertRestriction(UUID residentId, ContactRestriction restriction) {
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

    @Override
    public void insertRepresentative(Representative representative) {
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

    @Override
    public void insertReview(UUID residentId, ReviewSubject subject, UUID recordId, Review review) {
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

    @Override
    public List<DueReview> dueForReview(LocalDate day) {
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

    private static ResidentSummary summary(ResultSet rs, int row) throws SQLException {
        return new ResidentSummary(
                uuid(rs, "id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("address"),
                rs.getString("postcode"),
                rs.getString("tenancy_reference"));
    }

    /** LIKE treats % and _ as wildcards; a resident's search text means them literally. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static @Nullable String lower(@Nullable String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private record ResidentRow(
            ResidentDetails details,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version) {

        static ResidentRow of(ResultSet rs, int row) throws SQLException {
            return new ResidentRow(
                    new ResidentDetails(
                            rs.getString("name"),
                            rs.getString("email"),
                            rs.getString("phone"),
                            rs.getString("address"),
                            rs.getString("postcode"),
                            rs.getString("tenancy_reference"),
                            ContactChannel.valueOf(rs.getString("preferred_channel")),
                            CommunicationFormat.valueOf(rs.getString("preferred_format")),
                            rs.getString("format_language")),
                    instant(rs, "created_at"),
                    rs.getString("created_by"),
                    instant(rs, "updated_at"),
                    rs.getString("updated_by"),
                    rs.getLong("version"));
        }
    }
}
