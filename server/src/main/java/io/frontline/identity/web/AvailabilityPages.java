package io.frontline.identity.web;

import io.frontline.identity.AgentPresence;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The presence control in every page's top bar (loaded by htmx, so that each page's controller need not know it):
 * online, away or offline, the same for tickets and chats.
 */
@Controller
class AvailabilityPages {

    static final List<String> CHOICES = List.of("online", "away", "offline");

    private final AgentPresence presence;

    AvailabilityPages(AgentPresence presence) {
        this.presence = presence;
    }

    @GetMapping("/presence/control")
    String control(Model model) {
        model.addAttribute("presence", presence.get(CurrentAgent.require().id()));
        model.addAttribute("presences", CHOICES);
        return "identity/presence :: control";
    }

    @PostMapping("/presence")
    String set(@RequestParam String presence, HttpServletRequest request, Model model) {
        AgentPrincipal me = CurrentAgent.require();
        if (CHOICES.contains(presence)) {
            this.presence.set(me.id(), presence, null, null, me.actor());
        }
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/";
        }
        return control(model);
    }
}
