package io.frontline.automation;

import io.frontline.tickets.Visibility;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A macro as written by an agent or lead: a reply or note template ({@code body}, placeholders such as
 * {@code {{customer.first_name}}}) sent as {@code visibility}, and field changes ({@code actions}: {@code set},
 * {@code add_tags}, {@code remove_tags} as for triggers). {@code teamId} only for {@code team} macros.
 */
public record MacroInput(
        @Size(max = 120) String title,
        @Size(max = 1000) String description,
        MacroScope scope,
        Long teamId,
        Visibility visibility,
        @Size(max = 10_000) String body,
        @Size(max = 50) List<RuleAction> actions,
        Boolean active,
        Integer position) {}
