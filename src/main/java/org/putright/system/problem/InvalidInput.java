package org.putright.system.problem;

import java.util.List;
import java.util.Map;

/**
 * A field's value is unacceptable for a reason only the domain knows (an unknown Code edition, a
 * duplicate username). Carries the same {@code errors} list as bean validation failures.
 */
public final class InvalidInput extends DomainProblem {

    private final List<FieldError> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(ProblemKind.INVALID, "validation", "Invalid request", summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid.";
    }

    /** One invalid field and why. */
    public record FieldError(String field, String message) {}
}
