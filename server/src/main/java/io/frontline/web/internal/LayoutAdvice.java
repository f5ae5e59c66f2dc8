package io.frontline.web.internal;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every workspace page shows in its chrome: the signed-in agent and what they may see. */
@ControllerAdvice(
        basePackages = {
            "io.frontline.web.internal",
            "io.frontline.tickets.web",
            "io.frontline.customers.web",
            "io.frontline.identity.web",
            "io.frontline.search.web",
            "io.frontline.channels.email.web",
            "io.frontline.channels.chat.web",
            "io.frontline.notifications.web",
            "io.frontline.automation.web"
        })
class LayoutAdvice {

    @ModelAttribute("me")
    AgentPrincipal me() {
        return CurrentAgent.get().orElse(null);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return CurrentAgent.get().map(a -> a.role() == Role.ADMIN).orElse(false);
    }

    @ModelAttribute("isLead")
    boolean isLead() {
        return CurrentAgent.get().map(a -> a.role() != Role.AGENT).orElse(false);
    }
}
