package org.putright.system.problem;

/** The resource named in the request does not exist. */
public final class NotFound extends DomainProblem {

    public NotFound(String what, String identifier) {
        super(ProblemKind.NOT_FOUND, "not-found", "Not found", what + " " + identifier + " does not exist.");
    }
}
