package io.frontline.channels.chat.web;

import io.frontline.channels.chat.CannedResponses;
import io.frontline.channels.chat.ChatWidgets;
import io.frontline.channels.chat.WidgetInput;
import io.frontline.channels.chat.WidgetView;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.TeamView;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The agents' chat console and the admins' chat settings (widgets with their snippet, canned responses). */
@Controller
class ChatPages {

    /** The widget form as posted; prechat fields one per line as {@code key | Label | required}. */
    record WidgetForm(
            String name,
            Long teamId,
            String allowedOrigins,
            String greeting,
            String offlineMessage,
            String color,
            String language,
            String prechatFields,
            String identitySecret,
            Boolean active) {}

    private final ChatWidgets widgets;
    private final CannedResponses canned;
    private final IdentityAdmin identity;
    private final Validator validator;
    private final org.springframework.context.MessageSource messages;

    ChatPages(
            ChatWidgets widgets,
            CannedResponses canned,
            IdentityAdmin identity,
            Validator validator,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.widgets = widgets;
        this.canned = canned;
        this.identity = identity;
        this.validator = validator;
    }

    @GetMapping("/chat")
    String console(Model model, java.util.Locale locale) {
        model.addAttribute("teams", identity.teams());
        java.util.Map<String, String> strings = new java.util.LinkedHashMap<>();
        for (String k : List.of("message", "unread", "ticket", "noChats", "queueEmpty")) {
            strings.put(k, messages.getMessage("chatConsole." + k, null, k, locale));
        }
        model.addAttribute(
                "consoleStrings", io.frontline.kernel.Json.write(strings).replace("<", "\\u003c"));
        model.addAttribute("canned", canned.list());
        model.addAttribute("activeView", "chat");
        return "chat/console";
    }

    @GetMapping("/admin/chat")
    @PreAuthorize("hasRole('ADMIN')")
    String admin(@RequestParam(required = false) Long edit, Model model) {
        List<TeamView> teams = identity.teams();
        model.addAttribute("widgets", widgets.list());
        model.addAttribute("teams", teams);
        model.addAttribute("teamNames", teams.stream().collect(Collectors.toMap(TeamView::id, TeamView::name)));
        model.addAttribute("editing", edit == null ? null : widgets.get(edit));
        model.addAttribute("canned", canned.list());
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        model.addAttribute("section", "chat");
        return "chat/admin-chat";
    }

    @PostMapping("/admin/chat/widgets")
    @PreAuthorize("hasRole('ADMIN')")
    String create(WidgetForm form, RedirectAttributes redirect) {
        try {
            WidgetView created = widgets.create(checked(input(form)), CurrentAgent.actor());
            redirect.addFlashAttribute("notice", "Widget \"" + created.name() + "\" created.");
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/chat";
    }

    @PostMapping("/admin/chat/widgets/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, WidgetForm form, RedirectAttributes redirect) {
        try {
            WidgetView updated = widgets.update(id, checked(input(form)), CurrentAgent.actor());
            redirect.addFlashAttribute("notice", "Widget \"" + updated.name() + "\" saved.");
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
            return "redirect:/admin/chat?edit=" + id;
        }
        return "redirect:/admin/chat";
    }

    @PostMapping("/admin/chat/canned")
    @PreAuthorize("hasRole('ADMIN')")
    String addCanned(@RequestParam String title, @RequestParam String body, RedirectAttributes redirect) {
        try {
            canned.add(title, body, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", "Canned response \"" + title.strip() + "\" added.");
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/chat#canned";
    }

    @PostMapping("/admin/chat/canned/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String removeCanned(@PathVariable long id, RedirectAttributes redirect) {
        canned.remove(id, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", "Canned response removed.");
        return "redirect:/admin/chat#canned";
    }

    private static WidgetInput input(WidgetForm form) {
        List<String> origins = form.allowedOrigins() == null
                ? List.of()
                : Arrays.stream(form.allowedOrigins().split("[\\s,]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        List<WidgetView.PrechatField> fields = new ArrayList<>();
        if (form.prechatFields() != null) {
            for (String line : form.prechatFields().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|");
                fields.add(new WidgetView.PrechatField(
                        parts[0].strip(),
                        parts.length > 1 ? parts[1].strip() : parts[0].strip(),
                        parts.length > 2 && parts[2].strip().equalsIgnoreCase("required")));
            }
        }
        return new WidgetInput(
                form.name(),
                form.teamId(),
                origins,
                form.greeting(),
                form.offlineMessage(),
                form.color() == null || form.color().isBlank() ? null : form.color(),
                form.language() == null || form.language().isBlank() ? null : form.language(),
                fields,
                form.identitySecret() == null || form.identitySecret().isEmpty() ? null : form.identitySecret(),
                Boolean.TRUE.equals(form.active()));
    }

    private WidgetInput checked(WidgetInput input) {
        Set<ConstraintViolation<WidgetInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new io.frontline.kernel.FieldViolation(
                            v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return input;
    }

    private static String describe(FrontlineException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.violations().stream()
                    .map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }
}
