package io.frontline.automation;

import java.time.Instant;

/** A recorded warning, breach or met target, for reports. */
public record SlaEventView(
        long id,
        long ticketId,
        String kind,
        String metric,
        long policyId,
        String policyName,
        Instant at,
        Instant dueAt,
        Long teamId,
        Long assigneeId) {}
