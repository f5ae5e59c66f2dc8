package io.frontline.channels.email.mime;

/** One mailbox of an address header: the address as written (not lower-cased) and the decoded display name. */
public record MailAddress(String address, String name) {

    /** The address lower-cased, for comparisons and customer matching. */
    public String normalized() {
        return address == null ? null : address.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
