package io.frontline.channels.chat;

import java.time.Instant;
import java.util.List;

/**
 * One line of a chat as both sides see it. {@code seq} orders a conversation's lines without gaps; a client that shows
 * {@code seq} n has nothing to fetch below it. {@code clientMessageId} is the sender's own id, echoed back so that the
 * sender can match its pending line.
 */
public record ChatMessageView(
        String type,
        long conversationId,
        long seq,
        String clientMessageId,
        Author author,
        String text,
        List<ChatFile> attachments,
        boolean internal,
        Instant at) {

    public ChatMessageView {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** {@code type} is {@code visitor}, {@code agent} or {@code system}. */
    public record Author(String type, Long id, String name) {}

    /** A file in a chat; {@code url} downloads it with the same visitor token (or agent session). */
    public record ChatFile(long id, String filename, String contentType, long size, String url) {}
}
