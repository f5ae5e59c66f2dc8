package io.frontline.tickets.web;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Heartbeats from an open ticket page; the answer is the list of the other agents there. */
@Controller
class PresencePages {

    /** An agent id no agent has, to see everyone on a ticket. */
    private static final long NOBODY = -1;

    private final Presence presence;
    private final LiveUpdates live;

    PresencePages(Presence presence, LiveUpdates live) {
        this.presence = presence;
        this.live = live;
    }

    @PostMapping("/tickets/{id}/presence")
    String heartbeat(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean typing,
            @RequestParam(defaultValue = "false") boolean leaving,
            Model model) {
        AgentPrincipal me = CurrentAgent.require();
        Optional<Presence.Viewer> before = self(id, me.id());
        boolean wasTyping = before.map(Presence.Viewer::typing).orElse(false);
        boolean wasThere = before.isPresent();
        if (leaving) {
            presence.leave(id, me.id());
        } else {
            presence.heartbeat(id, me.id(), me.name(), typing);
        }
        if (leaving || !wasThere || wasTyping != typing) {
            live.presenceChanged(id, me.actor());
        }
        model.addAttribute("viewers", presence.others(id, me.id()));
        return "tickets/ticket :: presence";
    }

    private Optional<Presence.Viewer> self(long ticketId, long agentId) {
        return presence.others(ticketId, NOBODY).stream()
                .filter(v -> v.agentId() == agentId)
                .findFirst();
    }
}
