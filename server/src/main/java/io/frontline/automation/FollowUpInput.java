package io.frontline.automation;

import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;

/**
 * "Remind me": at {@code dueAt}, or after {@code delay} (an ISO-8601 duration such as {@code PT4H}) — counted in the
 * working time of the ticket's team when {@code businessHours} is true — with an optional note.
 */
public record FollowUpInput(
        Instant dueAt,
        Duration delay,
        Boolean businessHours,
        @Size(max = 1000) String note) {}
