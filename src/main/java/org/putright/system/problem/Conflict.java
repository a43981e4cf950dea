package org.putright.system.problem;

/** The change conflicts with what is already recorded (a duplicate, or a concurrent edit). */
public final class Conflict extends DomainProblem {

    public Conflict(String type, String title, String detail) {
        super(ProblemKind.CONFLICT, type, title, detail);
    }
}
