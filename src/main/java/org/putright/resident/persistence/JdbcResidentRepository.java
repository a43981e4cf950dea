package org.putright.resident.persistence;

import static org.putright.resident.persistence.ResidentRows.instant;
import static org.putright.resident.persistence.ResidentRows.uuid;

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
import org.putright.resident.ReviewSubject;
import org.putright.resident.VulnerabilityFlag;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps each resident's own row: their details, preferences and version, found by id, tenancy,
 * email or search. The records kept about them and reviewed over time are in {@link
 * JdbcResidentRecords}; a resident is read and anonymised with both.
 */
@Repository
class JdbcResidentRepository implements ResidentRepository {

    private static final String SUMMARY_COLUMNS = "id, name, email, phone, address, postcode, tenancy_reference";

    private static final String SEARCH_CONDITION = """
             where lower(name) like :pattern escape '\\'
                or email_lower like :pattern escape '\\'
                or lower(tenancy_reference) like :pattern escape '\\'
                or replace(lower(postcode), ' ', '') like :compact escape '\\'
            """;

    /** One statement for both lookups; a null parameter matches nothing. */
    private static final String MATCHING = "select 'T' as matched_by, created_at, " + SUMMARY_COLUMNS
            + " from resident where tenancy_reference = :reference"
            + " union all select 'E' as matched_by, created_at, " + SUMMARY_COLUMNS
            + " from resident where email_lower = :email"
            + " order by matched_by desc, created_at, id";

    private static final String ANONYMISED_NAME = "Former resident";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final JdbcResidentRecords records;

    JdbcResidentRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.records = new JdbcResidentRecords(jdbc);
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
        records.anonymise(id);
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
        JdbcResidentRecords.RecordsAbout about = records.about(id);
        return Optional.of(new Resident(
                id,
                row.get().details(),
                row.get().createdAt(),
                row.get().createdBy(),
                row.get().updatedAt(),
                row.get().updatedBy(),
                row.get().version(),
                about.adjustments(),
                about.disabilities(),
                about.vulnerabilities(),
                about.restrictions(),
                about.representatives()));
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
    public Matches matching(@Nullable String tenancyReference, @Nullable String email) {
        List<ResidentSummary> byTenancyReference = new ArrayList<>();
        List<ResidentSummary> byEmail = new ArrayList<>();
        jdbc.sql(MATCHING)
                .param("reference", tenancyReference)
                .param("email", email == null ? null : lower(email))
                .query((RowCallbackHandler) rs ->
                        ("T".equals(rs.getString("matched_by")) ? byTenancyReference : byEmail).add(summary(rs, 0)));
        return new Matches(byTenancyReference, byEmail);
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
        records.insertAdjustment(residentId, adjustment);
    }

    @Override
    public void insertDisability(UUID residentId, DisclosedDisability disability) {
        records.insertDisability(residentId, disability);
    }

    @Override
    public void insertVulnerability(UUID residentId, VulnerabilityFlag flag) {
        records.insertVulnerability(residentId, flag);
    }

    @Override
    public void insertRestriction(UUID residentId, ContactRestriction restriction) {
        records.insertRestriction(residentId, restriction);
    }

    @Override
    public void insertRepresentative(Representative representative) {
        records.insertRepresentative(representative);
    }

    @Override
    public void insertReview(UUID residentId, ReviewSubject subject, UUID recordId, Review review) {
        records.insertReview(residentId, subject, recordId, review);
    }

    @Override
    public List<DueReview> dueForReview(LocalDate day) {
        return records.dueForReview(day);
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
