package io.frontline.identity.rest;

import io.frontline.identity.AgentPresence;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.Availability;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Presence and capacities, the same for every channel: each agent sets their own; leads set anyone's (a lead sending
 * an agent offline puts back what routing gave them and they have not answered).
 */
@RestController
class PresenceController {

    record PresenceRequest(String presence, Integer ticketCapacity, Integer chatCapacity) {}

    private final AgentPresence presence;

    PresenceController(AgentPresence presence) {
        this.presence = presence;
    }

    @GetMapping("/api/v1/presence")
    Availability mine() {
        return presence.get(CurrentAgent.require().id());
    }

    @PutMapping("/api/v1/presence")
    Availability setMine(@RequestBody PresenceRequest request) {
        AgentPrincipal me = CurrentAgent.require();
        return presence.set(me.id(), request.presence(), request.ticketCapacity(), request.chatCapacity(), me.actor());
    }

    @GetMapping("/api/v1/presence/{agentId}")
    Availability get(@PathVariable long agentId) {
        return presence.get(agentId);
    }

    @PutMapping("/api/v1/presence/{agentId}")
    Availability set(@PathVariable long agentId, @RequestBody PresenceRequest request) {
        AgentPrincipal me = CurrentAgent.require();
        if (me.id() != agentId && me.role() == Role.AGENT) {
            throw new AccessDeniedException("only leads may set another agent's presence or capacity");
        }
        return presence.set(agentId, request.presence(), request.ticketCapacity(), request.chatCapacity(), me.actor());
    }
}
