package io.frontline.automation.internal;

import io.frontline.automation.Escalations;
import io.frontline.kernel.Actor;
import io.frontline.notifications.NewNotification;
import io.frontline.notifications.NotificationKind;
import io.frontline.notifications.Notifications;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out one rule's plan on one ticket, as the rule (its name is on every history row it causes), in the caller's
 * transaction: field changes, notes and replies through the tickets module, an escalation, notifications to agents
 * (each recorded on the ticket's history with whom it reached), webhook calls into their outbox.
 */
@Component
public class RuleExecutor {

    private final Tickets tickets;
    private final JdbcClient jdbc;
    private final WebhookSender webhooks;
    private final Clock clock;
    private final Escalations escalations;
    private final Notifications notifications;
    private final Recipients recipients;

    RuleExecutor(
            Tickets tickets,
            JdbcClient jdbc,
            WebhookSender webhooks,
            Clock clock,
            Escalations escalations,
            Notifications notifications,
            Recipients recipients) {
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.clock = clock;
        this.escalations = escalations;
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void execute(RuleBook.Rule rule, long ticketId, RulePlan plan, String kind) {
        Actor actor = Actor.automation(rule.id(), label(rule));
        tickets.recordChannelEvent(ticketId, kind, "rule", rule.name(), actor);
        if (plan.changesFields()) {
            tickets.update(ticketId, plan.changes(), null, actor);
        }
        for (String note : plan.notes()) {
            tickets.addMessage(ticketId, message(note, Visibility.INTERNAL), actor);
        }
        for (String reply : plan.replies()) {
            tickets.addMessage(ticketId, message(reply, Visibility.PUBLIC), actor);
        }
        if (plan.escalation() != null
                && escalations
                        .escalateByRule(ticketId, plan.escalation(), actor)
                        .isEmpty()) {
            tickets.recordChannelEvent(ticketId, "escalation_skipped", "rule", rule.name(), actor);
        }
        if (!plan.notifications().isEmpty()) {
            TicketView now = tickets.get(ticketId);
            for (RulePlan.Notify notify : plan.notifications()) {
                Map<Long, String> to = recipients.resolve(notify.target(), now.assigneeId(), now.teamId());
                notifications.post(
                        to.keySet(),
                        new NewNotification(
                                0, NotificationKind.RULE, ticketId, now.subject(), notify.text(), actor.name()));
                tickets.recordChannelEvent(
                        ticketId,
                        "notified",
                        notify.target(),
                        to.isEmpty() ? "nobody" : String.join(", ", to.values()),
                        actor);
            }
        }
        for (RulePlan.Webhook hook : plan.webhooks()) {
            Timestamp now = Timestamp.from(clock.instant());
            String body = hook.body() != null
                    ? hook.body()
                    : io.frontline.kernel.Json.write(java.util.Map.of(
                            "ticketId", ticketId, "rule", rule.name(), "ruleId", rule.id(), "kind", kind));
            jdbc.sql("insert into webhook_delivery (rule_id, rule_name, ticket_id, url, body, state, next_attempt_at,"
                            + " created_at) values (?, ?, ?, ?, ?, 'PENDING', ?, ?)")
                    .params(rule.id(), rule.name(), ticketId, hook.url(), body, now, now)
                    .update();
            webhooks.wakeAfterCommit();
        }
    }

    static String label(RuleBook.Rule rule) {
        return (AutomationRule.TRIGGER.equals(rule.kind()) ? "Trigger: " : "Time rule: ") + rule.name();
    }

    private static NewMessage message(String text, Visibility visibility) {
        return new NewMessage(text, null, visibility, null, null, null, null);
    }
}
