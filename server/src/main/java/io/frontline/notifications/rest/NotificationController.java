package io.frontline.notifications.rest;

import io.frontline.identity.CurrentAgent;
import io.frontline.notifications.NotificationPreferences;
import io.frontline.notifications.NotificationSettings;
import io.frontline.notifications.NotificationView;
import io.frontline.notifications.Notifications;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in agent's own notifications; nobody reads or marks another agent's. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    /** A page of notifications, newest first; {@code nextBefore} loads older ones. */
    record Inbox(List<NotificationView> items, int unreadCount, Long nextBefore) {}

    record ReadAll(int marked) {}

    private final Notifications notifications;
    private final NotificationPreferences preferences;

    NotificationController(Notifications notifications, NotificationPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    /** Whether the signed-in agent's notifications also reach them by email, and which kinds. */
    @GetMapping("/settings")
    NotificationSettings settings() {
        return preferences.settings(CurrentAgent.require().id());
    }

    /** Replaces the signed-in agent's email choice; {@code emailKinds} lists the kinds to email. */
    @PutMapping("/settings")
    NotificationSettings updateSettings(@RequestBody NotificationSettings wanted) {
        return preferences.update(CurrentAgent.require().id(), wanted, CurrentAgent.actor());
    }

    @GetMapping
    Inbox list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") int limit) {
        long me = CurrentAgent.require().id();
        int size = Math.clamp(limit, 1, 200);
        List<NotificationView> items = notifications.list(me, unread, before, size);
        return new Inbox(
                items,
                notifications.unreadCount(me),
                items.size() == size ? items.getLast().id() : null);
    }

    @PostMapping("/{id}/read")
    NotificationView read(@PathVariable long id) {
        return notifications.markRead(CurrentAgent.require().id(), id);
    }

    @PostMapping("/read-all")
    ReadAll readAll() {
        return new ReadAll(notifications.markAllRead(CurrentAgent.require().id()));
    }
}
