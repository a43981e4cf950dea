package org.putright.staff.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.staff.ApiToken;
import org.putright.staff.Role;
import org.putright.staff.StaffDetails;
import org.putright.staff.StaffMember;
import org.putright.staff.StaffRepository;
import org.putright.staff.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStaffRepository implements StaffRepository {

    /** A member of staff's columns, one row for each of their roles (one row if they have none). */
    private static final String STAFF_COLUMNS = "s.username, s.name, s.email, s.compensation_limit, s.enabled,"
            + " s.password_hash is not null as has_password, s.created_at, s.version, r.role";

    private static final String SELECT_STAFF =
            "select " + STAFF_COLUMNS + " from staff s left join staff_role r on r.username = s.username";

    /** An API token's columns, named apart from its holder's when read beside them. */
    private static final String TOKEN_COLUMNS = "t.id as token_id, t.username as token_owner, t.label as token_label,"
            + " t.created_at as token_created_at, t.expires_at as token_expires_at, t.revoked_at as token_revoked_at";

    /** A token with its holder's row for each of their roles. */
    private static final String SELECT_HELD_TOKEN = "select " + TOKEN_COLUMNS + ", " + STAFF_COLUMNS
            + " from api_token t join staff s on s.username = t.username"
            + " left join staff_role r on r.username = s.username where t.token_digest = :digest";

    private final JdbcClient jdbc;

    JdbcStaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("select count(*) from staff").query(Long.class).single() == 0;
    }

    @Override
    public List<StaffMember> findAll() {
        return collect(jdbc.sql(SELECT_STAFF + " order by s.username")
                .query(StaffRow::of)
                .list());
    }

    @Override
    public Optional<StaffMember> find(Username username) {
        return collect(jdbc.sql(SELECT_STAFF + " where s.username = :username")
                        .param("username", username.value())
                        .query(StaffRow::of)
                        .list())
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> passwordHash(Username username) {
        return jdbc.sql("select password_hash from staff where username = :username and password_hash is not null")
                .param("username", username.value())
                .query(String.class)
                .optional();
    }

    @Override
    public void insert(StaffMember member, @Nullable String passwordHash) {
        jdbc.sql("""
                        insert into staff (username, name, email, compensation_limit, password_hash, enabled,
                                           created_at, updated_at, version)
                        values (:username, :name, :email, :limit, :hash, :enabled, :at, :at, 0)
                        """)
                .param("username", member.username().value())
                .param("name", member.name())
                .param("email", member.email())
                .param("limit", member.compensationLimit())
                .param("hash", passwordHash)
                .param("enabled", member.enabled())
                .param("at", Timestamp.from(member.createdAt()))
                .update();
        insertRoles(member.username(), member.roles());
    }

    @Override
    public boolean update(Username username, StaffDetails details, long expectedVersion, Instant at) {
        int updated = jdbc.sql("""
                        update staff set name = :name, email = :email, compensation_limit = :limit,
                                         enabled = :enabled, updated_at = :at, version = version + 1
                         where username = :username and version = :version
                        """)
                .param("name", details.name())
                .param("email", details.email())
                .param("limit", details.compensationLimit())
                .param("enabled", details.enabled())
                .param("at", Timestamp.from(at))
                .param("username", username.value())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from staff_role where username = :username")
                .param("username", username.value())
                .update();
        insertRoles(username, details.roles());
        return true;
    }

    @Override
    public void setPasswordHash(Username username, String passwordHash, Instant at) {
        jdbc.sql(
                        "update staff set password_hash = :hash, updated_at = :at, version = version + 1 where username = :username")
                .param("hash", passwordHash)
                .param("at", Timestamp.from(at))
                .param("username", username.value())
                .update();
    }

    @Override
    public void insertToken(ApiToken token, String digest) {
        jdbc.sql("""
                        insert into api_token (id, username, token_digest, label, created_at, expires_at, revoked_at)
                        values (:id, :username, :digest, :label, :createdAt, :expiresAt, null)
                        """)
                .param("id", token.id())
                .param("username", token.owner().value())
                .param("digest", digest)
                .param("label", token.label())
                .param("createdAt", Timestamp.from(token.createdAt()))
                .param("expiresAt", token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
                .update();
    }

    @Override
    public List<ApiToken> tokensOf(Username username) {
        return jdbc.sql("select " + TOKEN_COLUMNS
                        + " from api_token t where t.username = :username order by t.created_at, t.id")
                .param("username", username.value())
                .query(JdbcStaffRepository::token)
                .list();
    }

    @Override
    public Optional<HeldToken> tokenByDigest(String digest) {
        List<Map.Entry<ApiToken, StaffRow>> rows = jdbc.sql(SELECT_HELD_TOKEN)
                .param("digest", digest)
                .query((rs, row) -> Map.entry(token(rs, row), StaffRow.of(rs, row)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StaffMember holder =
                collect(rows.stream().map(Map.Entry::getValue).toList()).getFirst();
        return Optional.of(new HeldToken(rows.getFirst().getKey(), holder));
    }

    @Override
    public boolean revokeToken(Username owner, UUID id, Instant at) {
        return jdbc.sql("""
                        update api_token set revoked_at = :at
                         where id = :id and username = :username and revoked_at is null
                        """)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("username", owner.value())
                        .update()
                > 0;
    }

    private void insertRoles(Username username, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into staff_role (username, role) values (:username, :role)")
                    .param("username", username.value())
                    .param("role", role.name())
                    .update();
        }
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getObject("token_id", UUID.class),
                new Username(rs.getString("token_owner")),
                rs.getString("token_label"),
                rs.getTimestamp("token_created_at").toInstant(),
                instant(rs.getTimestamp("token_expires_at")),
                instant(rs.getTimestamp("token_revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Folds the one-row-per-role join back into one member per username, keeping the order. */
    private static List<StaffMember> collect(List<StaffRow> rows) {
        Map<String, StaffRow> first = new LinkedHashMap<>();
        Map<String, EnumSet<Role>> roles = new LinkedHashMap<>();
        for (StaffRow row : rows) {
            first.putIfAbsent(row.username(), row);
            EnumSet<Role> held = roles.computeIfAbsent(row.username(), key -> EnumSet.noneOf(Role.class));
            if (row.role() != null) {
                held.add(Role.valueOf(row.role()));
            }
        }
        return first.values().stream()
                .map(row -> new StaffMember(
                        new Username(row.username()),
                        row.name(),
                        row.email(),
                        roles.get(row.username()),
                        row.compensationLimit(),
                        row.enabled(),
                        row.hasPassword(),
                        row.createdAt(),
                        row.version()))
                .toList();
    }

    private record StaffRow(
            String username,
            String name,
            String email,
            @Nullable BigDecimal compensationLimit,
            boolean enabled,
            boolean hasPassword,
            Instant createdAt,
            long version,
            @Nullable String role) {

        static StaffRow of(ResultSet rs, int row) throws SQLException {
            return new StaffRow(
                    rs.getString("username"),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getBigDecimal("compensation_limit"),
                    rs.getBoolean("enabled"),
                    rs.getBoolean("has_password"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getLong("version"),
                    rs.getString("role"));
        }
    }
}
