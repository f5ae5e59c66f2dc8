package io.frontline.channels.email.classify;

/** What kind of sender a message comes from, as far as automatic answers and threading are concerned. */
public enum MailKind {
    /** Written by a person (or at least nothing says otherwise). */
    NORMAL,
    /** An automatic answer to a message: out-of-office, vacation notice, autoresponder (RFC 3834). */
    AUTO_REPLY,
    /** Sent to many: mailing lists, newsletters, notifications ({@code Precedence: bulk}, {@code List-Id}, ...). */
    BULK,
    /** A report that a message could not be delivered to some or all of its recipients. */
    BOUNCE,
    /** A delivery status report that is not a failure: delivered, relayed, delayed, or a read receipt. */
    DELIVERY_REPORT
}
