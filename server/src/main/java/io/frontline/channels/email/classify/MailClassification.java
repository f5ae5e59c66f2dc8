package io.frontline.channels.email.classify;

/**
 * The verdict on one message.
 *
 * @param kind what kind of message it is
 * @param signal what decided it, e.g. {@code header Auto-Submitted: auto-replied}; null for {@link MailKind#NORMAL}
 * @param report for {@link MailKind#BOUNCE} and {@link MailKind#DELIVERY_REPORT}, the recipients and the original
 *     Message-ID; null otherwise
 */
public record MailClassification(MailKind kind, String signal, BounceReport report) {

    /** Whether the message may get an automatic answer such as a ticket acknowledgement: only normal mail may. */
    public boolean allowsAutoAnswer() {
        return kind == MailKind.NORMAL;
    }

    static MailClassification normal() {
        return new MailClassification(MailKind.NORMAL, null, null);
    }
}
