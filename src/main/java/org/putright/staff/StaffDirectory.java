package org.putright.staff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.StaleVersion;
import org.putright.system.web.RequestMemo;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and changes staff, issues and revokes their API tokens, and recognises tokens. */
@Service
public class StaffDirectory {

    /** How long a token lives unless its owner asks for less. */
    public static final int DEFAULT_TOKEN_DAYS = 90;

    public static final int MAXIMUM_TOKEN_DAYS = 366;

    private final StaffRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffDirectory(StaffRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public List<StaffMember> all() {
        return repository.findAll();
    }

    public StaffMember get(Username username) {
        return find(username).orElseThrow(() -> new NotFound("Staff member", username.value()));
    }

    /**
     * The member of staff, read once a request: the caller is read when their token is checked,
     * and the step they take asks for them again (as its actor, or as a complaint's handler).
     */
    public Optional<StaffMember> find(Username username) {
        StaffMember read = RequestMemo.kept(readThisRequest(username), StaffMember.class);
        if (read != null) {
            return Optional.of(read);
        }
        return repository.find(username).map(StaffDirectory::keptForThisRequest);
    }

    /** The member as this request has read them, for {@link #find} to answer with from now on. */
    private static StaffMember keptForThisRequest(StaffMember member) {
        RequestMemo.keep(readThisRequest(member.username()), member);
        return member;
    }

    /** The member of staff as the database has them now, after this request changed them. */
    private StaffMember reread(Username username) {
        RequestMemo.forget(readThisRequest(username));
        return get(username);
    }

    private static String readThisRequest(Username username) {
        return StaffDirectory.class.getName() + ".member." + username.value();
    }

    @Transactional
    public StaffMember add(Username username, StaffDetails details, @Nullable String password) {
        if (repository.find(username).isPresent()) {
            throw new Conflict(
                    "username-taken", "Username taken", "A member of staff called " + username + " already exists.");
        }
        requireRoles(details);
        requireLimit(details.compensationLimit());
        Instant now = clock.instant();
        StaffMember member = new StaffMember(
                username,
                details.name(),
                details.email(),
                details.roles(),
                details.compensationLimit(),
                details.enabled(),
                password != null,
                now,
                0);
        repository.insert(member, password == null ? null : encode(password, username));
        return reread(username);
    }

    @Transactional
    public StaffMember change(Username username, StaffDetails details, @Nullable Long expectedVersion) {
        StaffMember current = get(username);
        requireRoles(details);
        requireLimit(details.compensationLimit());
        boolean staysAdministrator = details.enabled() && details.roles().contains(Role.ADMIN);
        boolean isAdministrator = current.enabled() && current.roles().contains(Role.ADMIN);
        if (isAdministrator && !staysAdministrator && enabledAdministrators() == 1) {
            throw new Conflict(
                    "last-administrator",
                    "Last administrator",
                    username + " is the only enabled administrator; make someone else an administrator first.");
        }
        long version = expectedVersion == null ? current.version() : expectedVersion;
        if (version != current.version() || !repository.update(username, details, version, clock.instant())) {
            throw new StaleVersion(version, reread(username).version());
        }
        return reread(username);
    }

    /** Checks the person's current password, when they have one. */
    public void requireCurrentPassword(Username username, @Nullable String currentPassword) {
        Optional<String> hash = repository.passwordHash(username);
        if (hash.isPresent() && (currentPassword == null || !passwordEncoder.matches(currentPassword, hash.get()))) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
    }

    @Transactional
    public void setPassword(Username username, String password) {
        get(username);
        repository.setPasswordHash(username, encode(password, username), clock.instant());
        RequestMemo.forget(readThisRequest(username));
    }

    @Transactional
    public IssuedToken issueToken(Username owner, String label, @Nullable Integer days) {
        get(owner);
        int lifetime = days == null ? DEFAULT_TOKEN_DAYS : days;
        if (lifetime < 1 || lifetime > MAXIMUM_TOKEN_DAYS) {
            throw new InvalidInput("expiresInDays", "must be between 1 and " + MAXIMUM_TOKEN_DAYS);
        }
        Instant now = clock.instant();
        return issue(owner, label, now, now.plus(Duration.ofDays(lifetime)), TokenSecret.generate());
    }

    /** Stores a token whose secret was chosen elsewhere (the bootstrap token); it does not expire. */
    @Transactional
    public ApiToken registerToken(Username owner, String label, String secret) {
        return issue(owner, label, clock.instant(), null, secret).token();
    }

    public List<ApiToken> tokensOf(Username owner) {
        get(owner);
        return repository.tokensOf(owner);
    }

    @Transactional
    public void revokeToken(Username owner, UUID id) {
        if (!repository.revokeToken(owner, id, clock.instant())) {
            throw new NotFound("API token", id.toString());
        }
    }

    /** The enabled member of staff holding this token, if it is current. */
    public Optional<StaffMember> authenticate(String secret) {
        Instant now = clock.instant();
        return repository
                .tokenByDigest(TokenSecret.digest(secret))
                .filter(held -> held.token().activeAt(now))
                .map(held -> keptForThisRequest(held.holder()))
                .filter(StaffMember::enabled);
    }

    private long enabledAdministrators() {
        return repository.findAll().stream()
                .filter(member -> member.enabled() && member.roles().contains(Role.ADMIN))
                .count();
    }

    private IssuedToken issue(Username owner, String label, Instant now, @Nullable Instant expiresAt, String secret) {
        ApiToken token = new ApiToken(UUID.randomUUID(), owner, label, now, expiresAt, null);
        repository.insertToken(token, TokenSecret.digest(secret));
        return new IssuedToken(token, secret);
    }

    private String encode(String password, Username username) {
        String problem = PasswordPolicy.problemWith(password, username);
        if (problem != null) {
            throw new InvalidInput("password", problem);
        }
        return passwordEncoder.encode(password);
    }

    private static void requireRoles(StaffDetails details) {
        if (details.roles().isEmpty()) {
            throw new InvalidInput("roles", "must name at least one role");
        }
    }

    private static void requireLimit(@Nullable BigDecimal limit) {
        if (limit != null && (limit.signum() < 0 || limit.scale() > 2)) {
            throw new InvalidInput("compensationLimit", "must be a non-negative amount in pounds and pence");
        }
    }
}
