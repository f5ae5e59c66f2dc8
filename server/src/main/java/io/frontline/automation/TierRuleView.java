package io.frontline.automation;

import io.frontline.identity.Role;
import java.time.Instant;
import java.util.List;

/** A tier rule. */
public record TierRuleView(
        long id,
        String name,
        String description,
        boolean active,
        Conditions conditions,
        List<String> actions,
        Integer minTier,
        Role requiresRole,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
