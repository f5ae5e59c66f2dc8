package io.frontline.automation.internal;

import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.identity.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who a {@code notify} target names for a ticket: {@code assignee}, {@code team} (every active member of the ticket's
 * team), {@code leads} (its members with the lead or admin role) or {@code agent:<id>}. Inactive agents are skipped.
 */
@Component
public class Recipients {

    private final Directory directory;

    Recipients(Directory directory) {
        this.directory = directory;
    }

    /** Agent id to name, in a stable order; empty when the target names nobody (no assignee, no team). */
    public Map<Long, String> resolve(String target, Long assigneeId, Long teamId) {
        Map<Long, String> found = new LinkedHashMap<>();
        switch (target == null ? "" : target) {
            case "assignee" -> {
                if (assigneeId != null) {
                    directory.agent(assigneeId).filter(AgentRef::active).ifPresent(a -> found.put(a.id(), a.name()));
                }
            }
            case "team" -> {
                if (teamId != null) {
                    directory
                            .routable(teamId)
                            .forEach(r -> found.put(r.agent().id(), r.agent().name()));
                }
            }
            case "leads" -> found.putAll(leads(teamId));
            default -> {
                if (target.startsWith("agent:")) {
                    directory
                            .agent(Long.parseLong(target.substring("agent:".length())))
                            .filter(AgentRef::active)
                            .ifPresent(a -> found.put(a.id(), a.name()));
                }
            }
        }
        return found;
    }

    /** The active leads and admins of a team (none without a team). */
    public Map<Long, String> leads(Long teamId) {
        Map<Long, String> found = new LinkedHashMap<>();
        if (teamId != null) {
            directory.routable(teamId).stream()
                    .map(r -> r.agent())
                    .filter(a -> a.role() == Role.LEAD || a.role() == Role.ADMIN)
                    .forEach(a -> found.put(a.id(), a.name()));
        }
        return found;
    }
}
