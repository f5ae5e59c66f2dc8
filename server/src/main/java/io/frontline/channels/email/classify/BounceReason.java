package io.frontline.channels.email.classify;

/** Why delivery to a recipient failed, in our own taxonomy (coarser than the many reasons MTAs give). */
public enum BounceReason {
    /** The mailbox does not exist. */
    USER_UNKNOWN,
    /** The recipient's domain does not exist or has no mail servers. */
    HOST_UNKNOWN,
    /** The domain states that it accepts no mail at all (null MX, RFC 7505). */
    NOT_ACCEPTING,
    /** The mailbox has moved and mail is not forwarded. */
    HAS_MOVED,
    /** The mailbox is over its quota. */
    MAILBOX_FULL,
    /** The message is larger than the receiving side accepts. */
    MESSAGE_TOO_BIG,
    /** The account is disabled, suspended or locked. */
    SUSPENDED,
    /** The receiving side refused the message, the sender or the sending server (policy, blocklist, rate limit). */
    REJECTED,
    /** The message was refused as spam or as carrying a virus. */
    SPAM_BLOCKED,
    /** Sender authentication (SPF, DKIM, DMARC) or transport security failed. */
    SECURITY,
    /** Delivery was retried until it timed out. */
    EXPIRED,
    /** DNS or connection trouble between the servers. */
    NETWORK,
    /** Anything else, or not stated. */
    OTHER;

    /**
     * Whether this reason, when permanent, means the address itself is unusable: the signal to stop mailing it. A full
     * mailbox or a blocked server may recover; a missing mailbox does not.
     */
    public boolean condemnsAddress() {
        return this == USER_UNKNOWN || this == HOST_UNKNOWN || this == NOT_ACCEPTING || this == HAS_MOVED;
    }
}
