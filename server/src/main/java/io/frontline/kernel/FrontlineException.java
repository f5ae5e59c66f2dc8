package io.frontline.kernel;

/**
 * A use case ended in a way the caller must be told about. Each subtype maps to one HTTP status in the API and to one
 * message in the UI; the message is safe to show to the user.
 */
public abstract class FrontlineException extends RuntimeException {

    private final String code;

    protected FrontlineException(String code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * What a page tells the user about an action that failed: every invalid field as {@code field: message}, joined
     * with {@code ; }, or else the exception's message.
     */
    public static String describe(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            StringBuilder out = new StringBuilder();
            for (FieldViolation v : invalid.violations()) {
                out.append(out.isEmpty() ? "" : "; ")
                        .append(v.field())
                        .append(": ")
                        .append(v.message());
            }
            return out.toString();
        }
        return e.getMessage();
    }

    /** A short, stable, machine-readable reason, for example {@code ticket_closed}. */
    public String code() {
        return code;
    }
}
