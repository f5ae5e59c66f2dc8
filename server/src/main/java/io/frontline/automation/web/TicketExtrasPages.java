package io.frontline.automation.web;

import io.frontline.automation.Escalations;
import io.frontline.automation.FollowUpInput;
import io.frontline.automation.FollowUps;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.TeamView;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What automation adds to the ticket page, as an htmx fragment the page loads (the ticket module knows nothing of
 * escalation): the ticket's tier, the Escalate dialog, the Remind-me dialog and the agent's reminders on the ticket;
 * and the agent's reminders for the notifications page.
 */
@Controller
class TicketExtrasPages {

    static final Duration BUSINESS_DELAY = Duration.ofHours(4);

    private final Escalations escalations;
    private final FollowUps followUps;
    private final IdentityAdmin identity;
    private final MessageSource messages;
    private final Clock clock;

    TicketExtrasPages(
            Escalations escalations, FollowUps followUps, IdentityAdmin identity, MessageSource messages, Clock clock) {
        this.escalations = escalations;
        this.followUps = followUps;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/tickets/{id}/extras")
    String extras(@PathVariable long id, Model model) {
        AgentPrincipal me = CurrentAgent.require();
        int level = escalations.level(id);
        model.addAttribute("ticketId", id);
        model.addAttribute("tier", level + 1);
        model.addAttribute("nextTier", Math.min(level + 2, Escalations.TOP_LEVEL + 1));
        model.addAttribute("teams", identity.teams());
        Long target = escalations.settings().effectiveTeamId();
        model.addAttribute(
                "escalationTeam",
                target == null
                        ? null
                        : identity.teams().stream()
                                .filter(t -> t.id() == target)
                                .map(TeamView::name)
                                .findFirst()
                                .orElse(null));
        model.addAttribute(
                "reminders",
                followUps.onTicket(id, me.id()).stream()
                        .filter(f -> f.state().equals("pending"))
                        .toList());
        return "automation/ticket-extras :: extras";
    }

    @PostMapping("/tickets/{id}/escalate")
    String escalate(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long toTeamId,
            RedirectAttributes redirect) {
        try {
            var done = escalations.escalate(id, reason, toTeamId, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("escalation.done", done.toLevel() + 1));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
        }
        return "redirect:/tickets/" + id;
    }

    /** "Remind me": {@code when} is in_1h, tomorrow_9, in_4_business_hours or at (with {@code at} and the browser's zone). */
    @PostMapping("/tickets/{id}/remind")
    String remind(
            @PathVariable long id,
            @RequestParam(defaultValue = "in_1h") String when,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            FollowUpInput input = switch (when) {
                case "tomorrow_9" ->
                    new FollowUpInput(
                            FollowUps.tomorrowAt(clock.instant(), followUps.zoneOf(id), LocalTime.of(9, 0)),
                            null,
                            null,
                            note);
                case "in_4_business_hours" -> new FollowUpInput(null, BUSINESS_DELAY, true, note);
                case "at" -> new FollowUpInput(picked(at, zone, id), null, null, note);
                default -> new FollowUpInput(null, Duration.ofHours(1), false, note);
            };
            var created = followUps.create(id, input, CurrentAgent.require().actor());
            redirect.addFlashAttribute(
                    "notice", text("followUps.set", created.dueAt().toString()));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
        }
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/tickets/{id}/follow-ups/{followUpId}/cancel")
    String cancel(@PathVariable long id, @PathVariable long followUpId, RedirectAttributes redirect) {
        try {
            followUps.cancel(id, followUpId, CurrentAgent.require().actor());
            redirect.addFlashAttribute("notice", text("followUps.cancelled"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
        }
        return "redirect:/tickets/" + id;
    }

    /** The signed-in agent's pending reminders, for the notifications page. */
    @GetMapping("/follow-ups/mine")
    String mine(Model model) {
        model.addAttribute("reminders", followUps.mine(CurrentAgent.require().id(), true));
        return "automation/ticket-extras :: mine";
    }

    private Instant picked(String at, String zone, long ticketId) {
        if (at == null || at.isBlank()) {
            throw new InvalidInputException(List.of(new FieldViolation("at", "pick a date and time")));
        }
        try {
            ZoneId in = zone == null || zone.isBlank() ? followUps.zoneOf(ticketId) : ZoneId.of(zone.strip());
            return LocalDateTime.parse(at.strip()).atZone(in).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(List.of(new FieldViolation("at", "is not a date and time")));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
