package org.putright.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one edition file from the classpath. Reading is strict, because the files are legal
 * reference data typed by hand: an unknown or misspelt field is an error, not something to skip.
 * Every failure names the file and where in it the problem is.
 */
final class EditionReader {

    private final JsonMapper mapper = JsonMapper.builder()
            .addModule(new CodeJsonModule())
            .enable(
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads the edition in {@code resource}, a classpath path such as {@code code/hos-2024.json}. */
    Edition read(String resource) {
        InputStream in = EditionReader.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException("Code edition file " + resource + " is not on the classpath.");
        }
        try (in) {
            return mapper.readValue(in, Edition.class);
        } catch (JacksonException invalid) {
            throw new IllegalStateException(describe(resource, invalid), invalid);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Code edition file " + resource + " cannot be read.", unreadable);
        }
    }

    private static String describe(String resource, JacksonException invalid) {
        StringBuilder message =
                new StringBuilder("Code edition file ").append(resource).append(" is invalid");
        String path = path(invalid);
        if (!path.isEmpty()) {
            message.append(" at ").append(path);
        }
        TokenStreamLocation location = invalid.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message.append(" (line ").append(location.getLineNr()).append(')');
        }
        return message.append(": ").append(problem(invalid)).toString();
    }

    // A record's constructor states the broken rule in plain words; Jackson's own wording
    // ("Cannot construct instance of ...") only wraps it.
    private static String problem(JacksonException invalid) {
        Throwable cause = invalid.getCause();
        if (cause != null && !(cause instanceof JacksonException) && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return invalid.getOriginalMessage();
    }

    private static String path(JacksonException invalid) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : invalid.getPath()) {
            String name = reference.getPropertyName();
            if (name != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
