package io.frontline.automation.internal;

import io.frontline.automation.MacroApplication;
import io.frontline.automation.MacroApplied;
import io.frontline.automation.MacroPreview;
import io.frontline.automation.MacroView;
import io.frontline.customers.CustomerRef;
import io.frontline.identity.AgentPrincipal;
import io.frontline.kernel.Actor;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.StaleVersionException;
import io.frontline.tickets.MessageView;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a macro for one ticket and one agent, and carries it out: the same placeholders and the same action plan as
 * triggers ({@link FactsFactory}, {@link RuleActions}), plus the agent's name and email, the customer's language and
 * the ticket's custom fields. Applying acts as the agent, in the caller's transaction.
 */
@Component
public class MacroEngine {

    /** Every placeholder a macro may use, besides {@code ticket.custom.<key>}. */
    public static final List<String> PLACEHOLDERS = List.of(
            "customer.name",
            "customer.first_name",
            "customer.email",
            "customer.language",
            "organization.name",
            "ticket.id",
            "ticket.subject",
            "ticket.status",
            "ticket.priority",
            "ticket.sla_due",
            "agent.name",
            "agent.first_name",
            "agent.email");

    static final String CUSTOM = "ticket.custom.";

    private final Tickets tickets;
    private final FactsFactory facts;
    private final JdbcClient jdbc;
    private final Clock clock;

    MacroEngine(Tickets tickets, FactsFactory facts, JdbcClient jdbc, Clock clock) {
        this.tickets = tickets;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Placeholder names in a template that no ticket could fill. */
    public static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : RuleActions.placeholderNames(template)) {
            boolean custom = name.startsWith(CUSTOM) && name.length() > CUSTOM.length();
            if (!custom && !PLACEHOLDERS.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** The values of every placeholder for this ticket (as it is now) and agent. */
    public static Map<String, String> placeholders(Facts f, String agentName, String agentEmail) {
        Map<String, String> values = new HashMap<>(FactsFactory.placeholders(f, true));
        CustomerRef requester = f.requester();
        values.put("customer.language", requester == null || requester.language() == null ? "" : requester.language());
        String name = agentName == null ? "" : agentName.strip();
        values.put("agent.name", name);
        values.put("agent.first_name", name.isEmpty() ? "" : name.split("\\s+")[0]);
        values.put("agent.email", agentEmail == null ? "" : agentEmail);
        f.ticket()
                .customFields()
                .forEach((key, value) -> values.put(CUSTOM + key, value == null ? "" : String.valueOf(value)));
        return values;
    }

    @Transactional(readOnly = true)
    public MacroPreview preview(MacroView macro, long ticketId, AgentPrincipal agent) {
        TicketView ticket = tickets.get(ticketId);
        Rendered r = render(macro, ticket, agent);
        return new MacroPreview(
                macro.id(), macro.title(), ticketId, ticket.version(), macro.visibility(), r.body, r.plan.describe());
    }

    /**
     * Posts the macro's message (or the agent's edit of it) and makes its field changes, as the agent, with one history
     * row naming the macro. A status the macro sets goes with the message, so the ticket changes status once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MacroApplied apply(
            MacroView macro, long ticketId, MacroApplication edits, Long expectedVersion, AgentPrincipal agent) {
        TicketView ticket = tickets.get(ticketId);
        if (expectedVersion != null && expectedVersion != ticket.version()) {
            throw new StaleVersionException("Ticket " + ticketId, ticket.version());
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException(
                    "ticket_closed", "Ticket " + ticketId + " is closed and read-only; macros cannot change it");
        }
        Rendered r = render(macro, ticket, agent);
        String body = edits.body() != null ? edits.body() : r.body;
        boolean withFiles = edits.attachments() != null && !edits.attachments().isEmpty();
        boolean message = (body != null && !body.isBlank()) || withFiles;
        Visibility visibility = edits.visibility() != null ? edits.visibility() : macro.visibility();
        TicketStatus submitAs = edits.status();
        boolean statusWithMessage = message && (submitAs != null || r.plan.present.contains("status"));
        if (message && submitAs == null && r.plan.present.contains("status")) {
            submitAs = r.plan.status;
        }
        Actor actor = agent.actor();
        tickets.recordChannelEvent(ticketId, "macro_applied", "macro", macro.title(), actor);
        TicketChanges changes = statusWithMessage ? r.plan.changesButStatus() : r.plan.changes();
        if (!changes.present().isEmpty() || changes.addTags() != null || changes.removeTags() != null) {
            tickets.update(ticketId, changes, null, actor);
        }
        MessageView posted = null;
        if (message) {
            posted = tickets.addMessage(
                            ticketId,
                            new NewMessage(
                                    body,
                                    null,
                                    visibility,
                                    NewMessage.AuthorType.AGENT,
                                    edits.channel(),
                                    edits.attachments(),
                                    submitAs),
                            actor)
                    .message();
        }
        jdbc.sql("update macro set usage_count = usage_count + 1, last_used_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), macro.id())
                .update();
        Map<String, Object> described = new LinkedHashMap<>(r.plan.describe());
        if (message && submitAs != null) {
            described.put("status", submitAs.value());
        }
        return new MacroApplied(macro.id(), macro.title(), posted, described, tickets.get(ticketId));
    }

    private record Rendered(String body, RulePlan plan) {}

    private Rendered render(MacroView macro, TicketView ticket, AgentPrincipal agent) {
        Facts f = facts.of(ticket, null, clock.instant());
        Map<String, String> values = placeholders(f, agent.name(), agent.email());
        String body = macro.hasText() ? RuleActions.render(macro.body(), values) : "";
        RulePlan plan = RuleActions.plan(macro.actions() == null ? List.of() : macro.actions(), f, values);
        return new Rendered(body, plan);
    }
}
