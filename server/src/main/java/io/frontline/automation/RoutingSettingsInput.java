package io.frontline.automation;

import io.frontline.identity.RoutingPolicy.Match;

/**
 * A team's routing as a lead writes it: the mode, and whether the requester's language and the ticket's product tags
 * must match the agent's skills ({@code require}), should ({@code prefer}) or do not matter ({@code ignore}). A
 * missing rule keeps its default: prefer the language, ignore products.
 */
public record RoutingSettingsInput(RoutingMode mode, Match languageRule, Match productRule) {}
