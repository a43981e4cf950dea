package org.putright.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hashes that chain a complaint's record (ADR 0011). An entry's content hash is SHA-256 over
 * a canonical encoding of its fields (each length-prefixed, so no two different entries encode
 * alike); its chain hash is SHA-256 over the previous entry's chain hash, its own sequence number
 * and its content hash. Changing, moving or removing an entry therefore breaks the chain from there.
 */
public final class ChainHashes {

    /** The "previous hash" of a complaint's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHashes() {}

    /**
     * Times are hashed to the microsecond, the precision both databases store: a time read back
     * must hash as it did when it was written.
     */
    public static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String contentOf(
            ComplaintReference reference,
            String type,
            Instant occurredAt,
            Instant recordedAt,
            String recordedBy,
            String payload) {
        return sha256(
                "putright-entry-v1",
                reference.value(),
                type,
                stored(occurredAt).toString(),
                stored(recordedAt).toString(),
                recordedBy,
                payload);
    }

    public static String chainOf(String previousHash, int sequence, String contentHash) {
        return sha256("putright-chain-v1", previousHash, Integer.toString(sequence), contentHash);
    }

    private static String sha256(String... fields) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
