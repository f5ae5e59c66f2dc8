package io.frontline.tickets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A message to add to a ticket. {@code authorType} {@code customer} records a message from the requester (for
 * example a phone call typed in); the default is the calling agent. {@code status} submits the ticket in that status
 * along with the message.
 */
public record NewMessage(
        @Size(max = 200_000) String body,
        @Size(max = 1_000_000) String bodyHtml,
        Visibility visibility,
        AuthorType authorType,
        Channel channel,
        @Size(max = 50) List<@Valid AttachmentInput> attachments,
        TicketStatus status) {

    public enum AuthorType {
        AGENT,
        CUSTOMER
    }

    public static NewMessage text(String body) {
        return new NewMessage(body, null, null, null, null, null, null);
    }
}
