package org.putright.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: 256 random bits, recognisable by their {@code prt_} prefix (so that secret
 * scanners and people can tell them apart), stored only as a SHA-256 digest. A slow password hash
 * is not needed because the secret has full entropy.
 */
final class TokenSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "prt_";

    private TokenSecret() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
