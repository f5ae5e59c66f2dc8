package io.frontline.channels.email.internal;

import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.notifications.NotificationEvents;
import io.frontline.notifications.NotificationPreferences;
import io.frontline.notifications.NotificationView;
import io.frontline.notifications.Notifications;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails an agent their notification when they want it. Queued in the transaction that posts the notification, so
 * the email exists exactly when the notification does; sent by the shared outbox, never added to the ticket's
 * conversation. Without a mailbox able to send, the notification stays in the app only.
 */
@Component
class AgentMail {

    private static final Logger log = LoggerFactory.getLogger(AgentMail.class);

    private final Outbox outbox;
    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final Directory directory;
    private final Tickets tickets;
    private final Clock clock;
    private final String publicUrl;

    AgentMail(
            Outbox outbox,
            Notifications notifications,
            NotificationPreferences preferences,
            Directory directory,
            Tickets tickets,
            Clock clock,
            @Value("${frontline.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.preferences = preferences;
        this.directory = directory;
        this.tickets = tickets;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @EventListener
    void onNotificationPosted(NotificationEvents.NotificationPosted event) {
        if (!outbox.anyMailboxCanSend()) {
            log.debug("Notification {} not emailed: no mailbox can send", event.notificationId());
            return;
        }
        if (!preferences.wantsEmail(event.recipientId(), event.kind())) {
            return;
        }
        NotificationView n =
                notifications.find(event.recipientId(), event.notificationId()).orElse(null);
        if (n == null || n.ticketId() == null) {
            log.debug("Notification {} not emailed: it is about no ticket", event.notificationId());
            return;
        }
        AgentRef agent = directory.agent(event.recipientId()).orElse(null);
        if (agent == null
                || !agent.active()
                || agent.email() == null
                || !agent.email().contains("@")) {
            return;
        }
        if (outbox.isOwnAddress(agent.email())) {
            // mail to one of Frontline's own mailboxes would come straight back in
            log.debug("Notification {} not emailed: {} is a mailbox of Frontline", n.id(), agent.email());
            return;
        }
        TicketView ticket = tickets.get(n.ticketId());
        Optional<Mailbox> from = outbox.agentMailbox(ticket);
        if (from.isEmpty()) {
            log.debug("Notification {} not emailed: no mailbox can send", n.id());
            return;
        }
        NotificationMail mail = NotificationMail.of(n, ticket.id(), ticket.subject(), publicUrl);
        outbox.enqueue(EmailMessage.notification(
                ticket.id(),
                outbox.newMessageId("notification", ticket.id()),
                from.get().getId(),
                agent.email(),
                mail.subject(),
                mail.text(),
                mail.html(),
                clock.instant()));
    }
}
