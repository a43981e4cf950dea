package org.putright.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where staff and their tokens are kept. */
public interface StaffRepository {

    boolean isEmpty();

    List<StaffMember> findAll();

    Optional<StaffMember> find(Username username);

    /** The stored password hash, if the person has a password. */
    Optional<String> passwordHash(Username username);

    void insert(StaffMember member, @Nullable String passwordHash);

    /** Saves changed details; false when {@code expectedVersion} is no longer current. */
    boolean update(Username username, StaffDetails details, long expectedVersion, Instant at);

    void setPasswordHash(Username username, String passwordHash, Instant at);

    void insertToken(ApiToken token, String digest);

    List<ApiToken> tokensOf(Username username);

    /**
     * The token with this digest and the member of staff holding it, read together: every API
     * request needs both.
     */
    Optional<HeldToken> tokenByDigest(String digest);

    boolean revokeToken(Username owner, UUID id, Instant at);

    /** An API token with its holder as they are now. */
    record HeldToken(ApiToken token, StaffMember holder) {}
}
