package io.frontline.automation;

import io.frontline.identity.Role;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A tier rule as a lead writes it: on tickets meeting {@code conditions}, the {@code actions} (guarded changes:
 * {@code solve}, {@code close}, {@code set_priority_urgent}, {@code lower_priority}) need an agent of at least
 * {@code minTier} and/or the role {@code requiresRole} ({@code lead} includes admins).
 */
public record TierRuleInput(
        @Size(max = 120) String name,
        @Size(max = 1000) String description,
        Boolean active,
        Conditions conditions,
        @Size(max = 10) List<String> actions,
        Integer minTier,
        Role requiresRole) {}
