package io.frontline.channels.email.mime;

/**
 * A raw message the parser will not turn into a {@link ParsedMail}: it exceeds a {@link MailLimits} limit or is not an
 * e-mail message at all. The message says why; the caller keeps the raw bytes in quarantine.
 */
public class MailRejectedException extends RuntimeException {

    /** Why a message was rejected, for metrics and the quarantine record. */
    public enum Reason {
        TOO_LARGE,
        TOO_MANY_PARTS,
        TOO_DEEP,
        TOO_SLOW,
        NOT_A_MAIL
    }

    private final Reason reason;

    public MailRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
