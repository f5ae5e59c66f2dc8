package io.frontline.channels.email.reply;

/**
 * What we know about the sender that helps find their signature: the display name and address from the From header,
 * and a signature learned from their earlier messages by {@link SignatureDetector}. Any of them may be null.
 */
public record SenderHints(String name, String address, String knownSignature) {

    /** Nothing known. */
    public static final SenderHints NONE = new SenderHints(null, null, null);

    /** The display name and address of the From header. */
    public static SenderHints of(String name, String address) {
        return new SenderHints(name, address, null);
    }

    /** The same hints with a signature learned from earlier messages. */
    public SenderHints withKnownSignature(String signature) {
        return new SenderHints(name, address, signature);
    }
}
