package org.putright.system.problem;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
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
}
