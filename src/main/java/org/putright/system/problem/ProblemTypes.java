package org.putright.system.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Builds the {@code type} URI of a problem from its slug, under one configurable base. */
@Component
public class ProblemTypes {

    private final String base;

    ProblemTypes(@Value("${putright.problems.base-uri:https://putright.org/problems/}") String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public URI uri(String slug) {
        return URI.create(base + slug);
    }

    /** The type of a problem known only by its status, as when the container refuses a request. */
    URI forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (status == 400) {
            return uri("malformed-request");
        }
        if (status >= 500 || known == null) {
            return uri(status >= 500 ? "internal-error" : "http-" + status);
        }
        return uri(
                switch (known) {
                    case UNAUTHORIZED -> "unauthenticated";
                    case NOT_FOUND -> "not-found";
                    default -> known.name().toLowerCase(Locale.ROOT).replace('_', '-');
                });
    }
}
