package io.frontline.automation;

import io.frontline.identity.RoutingPolicy.Match;
import java.time.Instant;

/** A team's routing; {@code version} 0 and no {@code updatedAt} while nobody has set it (manual routing). */
public record RoutingSettingsView(
        long teamId,
        String teamName,
        RoutingMode mode,
        Match languageRule,
        Match productRule,
        long version,
        Instant updatedAt) {}
