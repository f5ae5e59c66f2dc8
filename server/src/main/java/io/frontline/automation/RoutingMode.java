package io.frontline.automation;

/**
 * How a team's new tickets find an agent: {@code MANUAL} — nobody routes, agents pick or leads assign (the default);
 * {@code ROUND_ROBIN} — the eligible agent who waited longest since their last assignment; {@code LEAST_LOADED} — the
 * eligible agent with the fewest open tickets, then the fewest open chats, then the longest wait.
 */
public enum RoutingMode {
    MANUAL,
    ROUND_ROBIN,
    LEAST_LOADED
}
