package io.frontline.identity;

/** The published view of an agent that other modules may hold on to. */
public record AgentRef(long id, String name, String email, Role role, int tier, boolean active) {}
