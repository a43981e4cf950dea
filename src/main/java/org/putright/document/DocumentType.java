package org.putright.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Putright keeps, recognised by their first bytes as well as their name, so a
 * renamed executable is not stored as a "photo".
 */
enum DocumentType {
    PDF("application/pdf", List.of("pdf"), "%PDF-"),
    PNG("image/png", List.of("png"), "\u0089PNG"),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), "\u00ff\u00d8\u00ff"),
    GIF("image/gif", List.of("gif"), "GIF8"),
    WEBP("image/webp", List.of("webp"), "RIFF"),
    OFFICE_WORD(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            List.of("docx"),
            "PK\u0003\u0004"),
    OFFICE_SHEET(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), "PK\u0003\u0004"),
    OPEN_DOCUMENT("application/vnd.oasis.opendocument.text", List.of("odt"), "PK\u0003\u0004"),
    EMAIL("message/rfc822", List.of("eml"), null),
    TEXT("text/plain", List.of("txt", "csv"), null),
    AUDIO_MP3("audio/mpeg", List.of("mp3"), null),
    AUDIO_M4A("audio/mp4", List.of("m4a"), null);

    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    DocumentType(String contentType, List<String> extensions, @org.jspecify.annotations.Nullable String magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic == null ? new byte[0] : magic.getBytes(StandardCharsets.ISO_8859_1);
    }

    String contentType() {
        return contentType;
    }

    /** The type a file's name says it is, if Putright keeps that type. */
    static Optional<DocumentType> ofFilename(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension))
                .findFirst();
    }

    /** Whether the content starts the way files of this type do. */
    boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    static String allowedNames() {
        return Arrays.stream(values())
                .flatMap(type -> type.extensions.stream())
                .map(extension -> "." + extension)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
