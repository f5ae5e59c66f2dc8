package io.frontline.automation.web;

import io.frontline.automation.Routing;
import io.frontline.automation.RoutingMode;
import io.frontline.automation.RoutingSettingsInput;
import io.frontline.identity.AgentPresence;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.RoutingPolicy.Match;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Routing for leads: each team's mode and skill rules (versioned), and every agent's presence and load. */
@Controller
@PreAuthorize("hasRole('LEAD')")
class RoutingPages {

    record SettingsForm(String mode, String languageRule, String productRule) {}

    record CapacityForm(Integer ticketCapacity, Integer chatCapacity) {}

    private final Routing routing;
    private final AgentPresence presence;
    private final MessageSource messages;

    RoutingPages(Routing routing, AgentPresence presence, MessageSource messages) {
        this.routing = routing;
        this.presence = presence;
        this.messages = messages;
    }

    @GetMapping("/automation/routing")
    String page(@RequestParam(required = false) Long versions, Model model) {
        model.addAttribute("teams", routing.list());
        model.addAttribute("loads", routing.loads(null));
        model.addAttribute("modes", List.of(RoutingMode.values()));
        model.addAttribute("rules", List.of(Match.values()));
        model.addAttribute("versions", versions == null ? null : routing.versions(versions));
        model.addAttribute("versionsOf", versions);
        model.addAttribute("section", "routing");
        return "automation/routing";
    }

    @PostMapping("/automation/routing/{teamId}")
    String save(@PathVariable long teamId, SettingsForm form, RedirectAttributes redirect) {
        try {
            routing.update(
                    teamId,
                    new RoutingSettingsInput(
                            parse(RoutingMode.class, form.mode(), "mode"),
                            parse(Match.class, form.languageRule(), "languageRule"),
                            parse(Match.class, form.productRule(), "productRule")),
                    CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
        }
        return "redirect:/automation/routing";
    }

    @PostMapping("/automation/routing/{teamId}/rollback/{number}")
    String rollback(@PathVariable long teamId, @PathVariable int number, RedirectAttributes redirect) {
        routing.rollback(teamId, number, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.restored", number));
        return "redirect:/automation/routing?versions=" + teamId;
    }

    @PostMapping("/automation/routing/agents/{agentId}")
    String capacity(@PathVariable long agentId, CapacityForm form, RedirectAttributes redirect) {
        try {
            presence.set(agentId, null, form.ticketCapacity(), form.chatCapacity(), CurrentAgent.actor());
            routing.routeNow();
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
        }
        return "redirect:/automation/routing";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not a known choice");
        }
    }
}
