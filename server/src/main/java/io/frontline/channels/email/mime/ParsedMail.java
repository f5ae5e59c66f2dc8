package io.frontline.channels.email.mime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a raw message says, decoded. Message-IDs are given without angle brackets. {@code text} is the plain-text body
 * (derived from the HTML when the message has none); {@code html} is the HTML body as sent, not yet sanitized, with its
 * {@code cid:} references intact; either may be null. {@code headers} holds every top-level header, names lower-cased,
 * values decoded, in order. {@code problems} lists what was wrong but could be worked around, for the message's record.
 */
public record ParsedMail(
        String messageId,
        List<String> inReplyTo,
        List<String> references,
        MailAddress from,
        List<MailAddress> replyTo,
        List<MailAddress> to,
        List<MailAddress> cc,
        String subject,
        Instant date,
        String text,
        String html,
        List<ParsedAttachment> attachments,
        Map<String, List<String>> headers,
        boolean signed,
        boolean encrypted,
        List<String> problems) {

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
