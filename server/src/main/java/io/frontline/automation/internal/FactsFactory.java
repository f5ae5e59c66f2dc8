package io.frontline.automation.internal;

import io.frontline.automation.BusinessCalendars;
import io.frontline.customers.CustomerDirectory;
import io.frontline.customers.Organizations;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.TicketView;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the facts rules see for a ticket, and the values of the placeholders their templates may use. */
@Component
public class FactsFactory {

    private final CustomerDirectory customers;
    private final Organizations organizations;
    private final BusinessCalendars calendars;

    FactsFactory(CustomerDirectory customers, Organizations organizations, BusinessCalendars calendars) {
        this.customers = customers;
        this.organizations = organizations;
        this.calendars = calendars;
    }

    public Facts of(TicketView ticket, String text, Instant now) {
        Long organizationId = ticket.organizationId();
        return new Facts(
                ticket,
                () -> customers.find(ticket.requester().id()).orElse(null),
                () -> {
                    if (organizationId == null) {
                        return null;
                    }
                    try {
                        return organizations.get(organizationId);
                    } catch (NotFoundException e) {
                        return null;
                    }
                },
                text,
                now,
                calendars.forTeam(ticket.teamId()));
    }

    /** {@code ticket.*}, {@code customer.*} and {@code organization.name}, as templates name them. */
    public static Map<String, String> placeholders(Facts facts, boolean withOrganization) {
        TicketView t = facts.ticket();
        Map<String, String> values = new HashMap<>();
        values.put("ticket.id", String.valueOf(t.id()));
        values.put("ticket.subject", t.subject());
        values.put("ticket.status", facts.status().value());
        values.put("ticket.priority", facts.priority().name().toLowerCase(java.util.Locale.ROOT));
        values.put("ticket.sla_due", t.slaDueAt() == null ? "" : t.slaDueAt().toString());
        // the ticket view carries the requester's name and email already: no directory look-up for templates
        String name = t.requester().name();
        values.put("customer.name", name == null ? "" : name);
        values.put("customer.first_name", name == null ? "" : name.strip().split("\\s+")[0]);
        values.put(
                "customer.email",
                t.requester().email() == null ? "" : t.requester().email());
        if (withOrganization) {
            values.put(
                    "organization.name",
                    facts.organization() == null ? "" : facts.organization().name());
        }
        return values;
    }
}
