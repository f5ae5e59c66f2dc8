package io.frontline.automation;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A trigger or time rule as written by a lead. {@code events} only for triggers. */
public record RuleInput(
        @Size(max = 120) String name,
        @Size(max = 1000) String description,
        Boolean active,
        Integer position,
        Set<TriggerEvent> events,
        Conditions conditions,
        @Size(max = 50) List<RuleAction> actions) {}
