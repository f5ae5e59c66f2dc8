package io.frontline.automation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A trigger or time rule. */
public record RuleView(
        long id,
        RuleKind kind,
        String name,
        String description,
        boolean active,
        int position,
        Set<TriggerEvent> events,
        Conditions conditions,
        List<RuleAction> actions,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
