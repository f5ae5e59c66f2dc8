package io.frontline.automation;

import java.time.Instant;

/** One SLA target on a ticket: running, paused or done, when it falls due, and whether it was met or breached. */
public record SlaClockView(
        long id,
        String metric,
        long policyId,
        String policyName,
        String state,
        int targetMinutes,
        boolean businessHours,
        Instant startedAt,
        Instant dueAt,
        Instant warnedAt,
        Instant breachedAt,
        Instant metAt) {}
