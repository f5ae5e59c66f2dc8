package io.frontline.notifications.web;

import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.InvalidInputException;
import io.frontline.notifications.NotificationKind;
import io.frontline.notifications.NotificationPreferences;
import io.frontline.notifications.NotificationSettings;
import io.frontline.notifications.NotificationView;
import io.frontline.notifications.Notifications;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bell in the top bar (an htmx fragment every workspace page loads) and the notifications page. */
@Controller
class NotificationPages {

    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final MessageSource messages;

    NotificationPages(Notifications notifications, NotificationPreferences preferences, MessageSource messages) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String page(@RequestParam(defaultValue = "false") boolean unread, Model model) {
        long me = CurrentAgent.require().id();
        List<NotificationView> items = notifications.list(me, unread, null, 100);
        model.addAttribute("items", items);
        model.addAttribute("unread", unread);
        model.addAttribute("unreadCount", notifications.unreadCount(me));
        model.addAttribute("settings", preferences.settings(me));
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(NotificationKind.values())
                        .map(NotificationKind::value)
                        .toList());
        return "notifications/notifications";
    }

    /** Saves the agent's email choice from the form on the notifications page. */
    @PostMapping("/notifications/settings")
    String saveSettings(
            @RequestParam(defaultValue = "false") boolean email,
            @RequestParam(name = "emailKinds", required = false) List<String> emailKinds,
            RedirectAttributes redirect) {
        try {
            preferences.update(
                    CurrentAgent.require().id(),
                    new NotificationSettings(email, emailKinds == null ? List.of() : emailKinds),
                    CurrentAgent.actor());
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("notificationEmail.saved", null, LocaleContextHolder.getLocale()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "error",
                    e.violations().stream()
                            .map(v -> v.field() + ": " + v.message())
                            .collect(Collectors.joining("; ")));
        }
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute(
                "unreadCount", notifications.unreadCount(CurrentAgent.require().id()));
        return "notifications/bell :: bell";
    }

    /** Opens the notification's ticket (or the list) and marks it read on the way. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        NotificationView n = notifications.markRead(CurrentAgent.require().id(), id);
        return n.ticketId() == null ? "redirect:/notifications" : "redirect:/tickets/" + n.ticketId();
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(CurrentAgent.require().id(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead(CurrentAgent.require().id());
        return "redirect:/notifications";
    }
}
