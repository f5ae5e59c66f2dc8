package io.frontline.automation;

import io.frontline.tickets.Visibility;
import java.time.Instant;
import java.util.List;

/** A macro; {@code ownerId} is set for personal macros, {@code teamId} for team macros. */
public record MacroView(
        long id,
        String title,
        String description,
        MacroScope scope,
        Long ownerId,
        Long teamId,
        Visibility visibility,
        String body,
        List<RuleAction> actions,
        boolean active,
        int position,
        long usageCount,
        Instant lastUsedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** Whether applying the macro posts a message (otherwise it only changes fields). */
    public boolean hasText() {
        return body != null && !body.isBlank();
    }
}
