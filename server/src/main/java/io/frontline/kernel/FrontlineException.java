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

    /** A short, stable, machine-readable reason, for example {@code ticket_closed}. */
    public String code() {
        return code;
    }
}
