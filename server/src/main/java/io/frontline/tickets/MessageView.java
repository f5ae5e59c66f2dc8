package io.frontline.tickets;

import java.time.Instant;
import java.util.List;

public record MessageView(
        long id,
        long ticketId,
        Visibility visibility,
        Author author,
        Channel channel,
        String body,
        String bodyHtml,
        List<AttachmentView> attachments,
        Instant createdAt) {

    public record Author(String type, Long id, String name) {}
}
