package org.putright.system.problem;

import java.util.Map;

/**
 * A failure the caller can do something about: an unknown resource, a broken rule of the Code, a
 * conflicting change. Modules raise subclasses of this plain exception from their domain code; the
 * web layer turns each into an RFC 9457 problem detail without the domain knowing about HTTP.
 */
public abstract class DomainProblem extends RuntimeException {

    private final ProblemKind kind;
    private final String type;
    private final String title;

    protected DomainProblem(ProblemKind kind, String type, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
    }

    /** What sort of failure this is; decides the HTTP status. */
    public ProblemKind kind() {
        return kind;
    }

    /** A short slug naming the problem, e.g. {@code extension-after-deadline}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        String message = getMessage();
        return message == null ? title : message;
    }

    /** Extra members of the problem document, e.g. {@code provision}. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
