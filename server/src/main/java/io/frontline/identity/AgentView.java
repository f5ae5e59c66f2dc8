package io.frontline.identity;

import java.time.Instant;
import java.util.List;

/** An agent as shown to other agents and API clients; never carries credentials. */
public record AgentView(
        long id,
        String name,
        String email,
        Role role,
        int tier,
        boolean active,
        List<Long> teamIds,
        List<Skill> skills,
        Instant createdAt,
        Instant updatedAt) {}
