package org.putright.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps documents whole, with their checksum, and hands them back unchanged. */
@Service
public class Documents {

    private final DocumentStore store;
    private final Clock clock;
    private final long maximumBytes;

    Documents(
            DocumentStore store,
            Clock clock,
            @Value("${putright.documents.maximum-bytes:20971520}") long maximumBytes) {
        this.store = store;
        this.clock = clock;
        this.maximumBytes = maximumBytes;
    }

    /**
     * Stores a file after the checks every document passes; a file without a name (an upload whose
     * browser sent none) is refused as having no plain file name.
     */
    @Transactional
    public Document store(@Nullable String filename, byte[] content, String by) {
        String name = filename == null ? "" : filename.strip();
        DocumentType type = check(name, content);
        Document document = new Document(
                UUID.randomUUID(), name, type.contentType(), content.length, sha256(content), clock.instant(), by);
        store.insert(document, content);
        return document;
    }

    /**
     * Checks a file as {@link #store} would, without storing it or touching a transaction, so a
     * caller can record a refusal and go on with the rest of its work.
     *
     * @throws InvalidInput saying why the file would be refused
     */
    public void refuseUnlessAcceptable(String filename, byte[] content) {
        check(filename, content);
    }

    private DocumentType check(String filename, byte[] content) {
        String name = filename.strip();
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
            throw new InvalidInput("file", "needs a plain file name of at most 255 characters");
        }
        if (content.length == 0) {
            throw new InvalidInput("file", "is empty");
        }
        if (content.length > maximumBytes) {
            throw new InvalidInput("file", "is larger than the limit of " + (maximumBytes / (1024 * 1024)) + " MB");
        }
        DocumentType type = DocumentType.ofFilename(name)
                .orElseThrow(() -> new InvalidInput("file", "must be one of " + DocumentType.allowedNames()));
        if (!type.matches(content)) {
            throw new InvalidInput("file", "is not the kind of file its name says (" + type.contentType() + ")");
        }
        return type;
    }

    /**
     * Erases a document's content and file name (retention or lawful erasure). Its size, type and
     * SHA-256 stay, so the record still shows what was held and that it was this file.
     */
    @Transactional
    public void erase(UUID id) {
        store.erase(id);
    }

    public Document get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("Document", id.toString()));
    }

    public byte[] content(UUID id) {
        return store.content(id).orElseThrow(() -> new NotFound("Document", id.toString()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
