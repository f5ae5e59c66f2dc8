package io.frontline.channels.email.reply;

/**
 * A message split into what the sender wrote and what their client added.
 *
 * @param reply the new text, without quoted history and signature; lines are right-trimmed. For an inline answer it
 *     keeps the quoted lines it answers. Never empty unless the message is: when nothing would remain, it is the whole
 *     message.
 * @param quoted the quoted history and anything after it, as written (empty when there is none)
 * @param signature the sender's signature or their client's "Sent from my iPhone" line, as written (empty when none)
 * @param replyWithSignature the message without its quoted history: reply and signature exactly as they stood, for a
 *     "show signature" toggle
 * @param replyHtml for HTML input, the document with history and signature removed (not sanitized: it is still the
 *     sender's markup); null for plain-text input
 */
public record ExtractedReply(
        String reply, String quoted, String signature, String replyWithSignature, String replyHtml) {

    /** Whether anything was taken off the message. */
    public boolean trimmed() {
        return !quoted.isEmpty() || !signature.isEmpty();
    }
}
