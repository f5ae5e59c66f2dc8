package io.frontline.tickets.web;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.internal.SavedView;
import java.util.EnumSet;
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

/** The navigation with live counts, and creating, editing and deleting custom views. */
@Controller
class ViewPages {

    private final Queues queues;
    private final IdentityAdmin identity;
    private final MessageSource messages;

    ViewPages(Queues queues, IdentityAdmin identity, MessageSource messages) {
        this.queues = queues;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/views/nav")
    String nav(@RequestParam(required = false) String active, Model model) {
        model.addAttribute("nav", queues.navigation(CurrentAgent.require()));
        model.addAttribute("activeView", active);
        return "web/layout :: sidenav";
    }

    @GetMapping("/views/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new ViewForm(
                        "",
                        null,
                        EnumSet.noneOf(TicketStatus.class),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        TicketQuery.Sort.UPDATED_DESC.param()));
        return form(null, model);
    }

    @GetMapping("/views/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        SavedView view = queues.owned(id(key), CurrentAgent.require());
        ViewFilter f = ViewFilter.fromJson(view.getFilters());
        model.addAttribute(
                "form",
                new ViewForm(
                        view.getName(),
                        view.getTeamId(),
                        f.statuses(),
                        f.priorities(),
                        f.channels(),
                        f.teamIds().isEmpty() ? null : f.teamIds().getFirst(),
                        f.assignee(),
                        f.tag(),
                        f.createdFrom(),
                        f.createdTo(),
                        f.updatedFrom(),
                        f.sortOrDefault().param()));
        return form(key, model);
    }

    private String form(String key, Model model) {
        AgentPrincipal me = CurrentAgent.require();
        model.addAttribute("key", key);
        model.addAttribute("activeView", key);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sorts", TicketQuery.Sort.values());
        model.addAttribute("teams", identity.teams());
        model.addAttribute("myTeams", queues.teamsOf(me));
        model.addAttribute(
                "agents", identity.agents().stream().filter(a -> a.active()).toList());
        return "tickets/view-form";
    }

    @PostMapping("/views")
    String save(@RequestParam(required = false) String key, ViewForm form, Model model, RedirectAttributes redirect) {
        AgentPrincipal me = CurrentAgent.require();
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 120) {
            model.addAttribute("form", form);
            model.addAttribute(
                    "error", messages.getMessage("viewForm.nameRequired", null, LocaleContextHolder.getLocale()));
            return form(key, model);
        }
        Long sharedWith = form.teamId() != null && queues.teamsOf(me).contains(form.teamId()) ? form.teamId() : null;
        ViewFilter filter = new ViewFilter(
                form.statuses() == null ? EnumSet.noneOf(TicketStatus.class) : form.statuses(),
                form.priorities() == null ? EnumSet.noneOf(Priority.class) : form.priorities(),
                form.channels() == null ? EnumSet.noneOf(Channel.class) : form.channels(),
                form.filterTeamId() == null ? List.of() : List.of(form.filterTeamId()),
                form.assignee() == null || form.assignee().isBlank() ? null : form.assignee(),
                form.tag() == null || form.tag().isBlank()
                        ? null
                        : form.tag().strip().toLowerCase(),
                form.createdFrom(),
                form.createdTo(),
                form.updatedFrom(),
                TicketQuery.Sort.parse(form.sort()));
        SavedView saved = queues.save(
                key == null || key.isBlank() ? null : id(key), form.name().strip(), sharedWith, filter, me);
        redirect.addFlashAttribute(
                "notice", messages.getMessage("viewForm.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/views/v" + saved.getId();
    }

    @PostMapping("/views/{key}/delete")
    String delete(@PathVariable String key, RedirectAttributes redirect) {
        queues.delete(id(key), CurrentAgent.require());
        redirect.addFlashAttribute(
                "notice", messages.getMessage("viewForm.deleted", null, LocaleContextHolder.getLocale()));
        return "redirect:/views/mine";
    }

    private static long id(String key) {
        if (!key.matches("v\\d{1,18}")) {
            throw new io.frontline.kernel.NotFoundException("View", key);
        }
        return Long.parseLong(key.substring(1));
    }
}
