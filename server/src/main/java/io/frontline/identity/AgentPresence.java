package io.frontline.identity;

import io.frontline.kernel.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Presence and capacity of agents, shared by the routing of every channel. A change of presence publishes
 * {@link AgentPresenceChanged}. Routing locks an agent's row ({@link #lock}) while it counts their load, so that two
 * nodes never give the same agent more than their capacity.
 */
public interface AgentPresence {

    Set<String> PRESENCES = Set.of("online", "away", "offline");

    /** The agent's availability; an agent who never set one is offline with the default capacities. */
    Availability get(long agentId);

    /** Every agent who ever set a presence. */
    List<Availability> all();

    List<Availability> online();

    /**
     * In the caller's transaction: the agent's row, locked until the transaction ends; empty when the agent never set
     * a presence (and so is offline).
     */
    Optional<Availability> lock(long agentId);

    /**
     * Sets what is given ({@code null} keeps the current value): presence, ticket capacity (0–500), chat capacity
     * (0–50). Invalid values fail with 422 and change nothing.
     */
    Availability set(long agentId, String presence, Integer ticketCapacity, Integer chatCapacity, Actor actor);

    /** In the caller's transaction: routing of some channel gave the agent something now. */
    void markAssigned(long agentId, Instant at);

    /** The agent's last chat console closed at {@code at} ({@code null}: a console is open again). */
    void markDisconnected(long agentId, Instant at);
}
