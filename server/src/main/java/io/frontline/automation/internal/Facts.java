package io.frontline.automation.internal;

import io.frontline.automation.BusinessCalendar;
import io.frontline.customers.CustomerRef;
import io.frontline.customers.OrganizationView;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import io.frontline.tickets.TicketView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What rules look at: a ticket as it is, plus the changes earlier rules of the same run planned for it (so a later
 * trigger sees an earlier one's work), its requester, organization (loaded only when a condition asks), the text of
 * the message that started the run, the time and the team's calendar. The requester and organization are read only
 * when a condition or template asks for them, so matching on ticket fields costs no query.
 */
public final class Facts {

    private final TicketView ticket;
    private final Supplier<CustomerRef> requesterLoader;
    private final Supplier<OrganizationView> organizationLoader;
    private final String text;
    private final Instant now;
    private final BusinessCalendar calendar;

    private CustomerRef requester;
    private boolean requesterLoaded;
    private OrganizationView organization;
    private boolean organizationLoaded;
    private TicketStatus status;
    private Priority priority;
    private TicketType type;
    private Long teamId;
    private Long assigneeId;
    private final Set<String> tags;
    private final Map<String, Object> custom;

    public Facts(
            TicketView ticket,
            Supplier<CustomerRef> requester,
            Supplier<OrganizationView> organization,
            String text,
            Instant now,
            BusinessCalendar calendar) {
        this.ticket = ticket;
        this.requesterLoader = requester;
        this.organizationLoader = organization;
        this.text = text;
        this.now = now;
        this.calendar = calendar;
        this.status = ticket.status();
        this.priority = ticket.priority();
        this.type = ticket.type();
        this.teamId = ticket.teamId();
        this.assigneeId = ticket.assigneeId();
        this.tags = new TreeSet<>(ticket.tags());
        this.custom = new LinkedHashMap<>(ticket.customFields());
    }

    public TicketView ticket() {
        return ticket;
    }

    /** The requester as the customer directory knows them (language, organization); loaded on first use. */
    public CustomerRef requester() {
        if (!requesterLoaded) {
            requester = requesterLoader.get();
            requesterLoaded = true;
        }
        return requester;
    }

    public OrganizationView organization() {
        if (!organizationLoaded) {
            organization = organizationLoader.get();
            organizationLoaded = true;
        }
        return organization;
    }

    public String text() {
        return text;
    }

    public Instant now() {
        return now;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public TicketStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public TicketType type() {
        return type;
    }

    public Long teamId() {
        return teamId;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public Set<String> tags() {
        return tags;
    }

    public Map<String, Object> custom() {
        return custom;
    }

    void setStatus(TicketStatus value) {
        status = value;
    }

    void setPriority(Priority value) {
        priority = value;
    }

    void setType(TicketType value) {
        type = value;
    }

    void setTeamId(Long value) {
        teamId = value;
    }

    void setAssigneeId(Long value) {
        assigneeId = value;
    }
}
