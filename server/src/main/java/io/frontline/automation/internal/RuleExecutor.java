package io.frontline.automation.internal;

import io.frontline.kernel.Actor;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out one rule's plan on one ticket, as the rule (its name is on every history row it causes), in the caller's
 * transaction: field changes, notes and replies through the tickets module, webhook calls into their outbox.
 */
@Component
public class RuleExecutor {

    private final Tickets tickets;
    private final JdbcClient jdbc;
    private final WebhookSender webhooks;
    private final Clock clock;

    RuleExecutor(Tickets tickets, JdbcClient jdbc, WebhookSender webhooks, Clock clock) {
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.clock = clock;
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
