package io.frontline.automation;

import io.frontline.tickets.AttachmentInput;
import io.frontline.tickets.Channel;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the agent changed before sending a macro, all optional: the text as edited ({@code null} sends the macro's
 * rendered text, blank sends no message), reply or note, the status to submit as (wins over the macro's), attachments.
 */
public record MacroApplication(
        @Size(max = 200_000) String body,
        Visibility visibility,
        TicketStatus status,
        @Size(max = 50) List<@Valid AttachmentInput> attachments,
        Channel channel) {

    public static final MacroApplication AS_WRITTEN = new MacroApplication(null, null, null, null, null);
}
