package org.putright.system.problem;

/** The kinds of failure a caller can act on, each with its HTTP status. */
public enum ProblemKind {
    /** The request is well formed but a field's value is not acceptable. */
    INVALID(400),
    /** No such resource. */
    NOT_FOUND(404),
    /** The change conflicts with the resource's current state or a concurrent change. */
    CONFLICT(409),
    /** The caller's copy of the resource is stale ({@code If-Match}). */
    PRECONDITION_FAILED(412),
    /** A rule of the Complaint Handling Code, a state rule or a time-order rule forbids this. */
    RULE_BROKEN(422);

    private final int status;

    ProblemKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
