package io.frontline.identity.web;

import io.frontline.identity.Role;
import java.util.List;

/**
 * An agent as an admin edits it. Skills are {@code kind:value} pairs, one per line or comma ({@code language:de}); an
 * empty password leaves the current one.
 */
record AgentForm(
        String name,
        String email,
        String password,
        Role role,
        Integer tier,
        Boolean active,
        List<Long> teamIds,
        String skills) {}
