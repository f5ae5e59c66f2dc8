package io.frontline.automation;

import java.time.Instant;

/** An SLA policy. */
public record SlaPolicyView(
        long id,
        String name,
        String description,
        boolean active,
        int position,
        Conditions conditions,
        Integer firstReplyMinutes,
        Integer nextReplyMinutes,
        Integer resolutionMinutes,
        boolean businessHours,
        int warnPercent,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
