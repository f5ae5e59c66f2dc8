package io.frontline.identity;

import io.frontline.kernel.Actor;

/**
 * An agent's presence changed ({@code online}, {@code away}, {@code offline}); published in the transaction of the
 * change, so that every channel can take back what the agent left and route to who just arrived.
 */
public record AgentPresenceChanged(long agentId, String from, String to, Actor actor) {}
