package io.frontline.automation;

import io.frontline.tickets.Visibility;
import java.util.Map;

/**
 * What a macro would do to a ticket now, with nothing written: the rendered text (empty when the macro only changes
 * fields), whether it goes out as a reply or a note, and the field changes that differ from the ticket as it is
 * ({@code status}, {@code priority}, {@code type}, {@code teamId}, {@code assigneeId}, {@code addTags},
 * {@code removeTags}, {@code customFields}).
 */
public record MacroPreview(
        long macroId,
        String title,
        long ticketId,
        long ticketVersion,
        Visibility visibility,
        String body,
        Map<String, Object> changes) {}
