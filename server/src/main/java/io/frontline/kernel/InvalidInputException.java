package io.frontline.kernel;

import java.util.List;

/** The input is well-formed but breaks a rule; lists every offending field at once. */
public class InvalidInputException extends FrontlineException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("validation_failed", "The request has invalid fields");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
