package io.frontline.tickets.web;

import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.Visibility;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The composer. {@code lastSeenMessageId} is the newest message on screen when the agent started writing; a newer one
 * means the agent is answering an outdated conversation, so sending needs {@code confirmNewer}.
 */
record ReplyForm(
        String body,
        Visibility visibility,
        TicketStatus status,
        Long lastSeenMessageId,
        Boolean confirmNewer,
        List<MultipartFile> files) {}
