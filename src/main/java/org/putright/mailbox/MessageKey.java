package org.putright.mailbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * What makes two deliveries the same message: its Message-ID, which a mail server keeps however
 * often it delivers the message; for a message without one, its exact bytes. Hashed so that any
 * length of identifier fits the key.
 */
public final class MessageKey {

    private MessageKey() {}

    public static String of(@Nullable String messageId, byte[] raw) {
        if (messageId != null && !messageId.isBlank()) {
            return sha256(("id:" + messageId.strip()).getBytes(StandardCharsets.UTF_8));
        }
        return sha256(raw);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
