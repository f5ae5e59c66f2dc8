package io.frontline.automation.internal;

import io.frontline.automation.BusinessCalendar;
import io.frontline.automation.BusinessCalendars;
import io.frontline.automation.TriggerEvent;
import io.frontline.automation.internal.SlaClock.Metric;
import io.frontline.automation.internal.SlaClock.State;
import io.frontline.kernel.Actor;
import io.frontline.tickets.TicketEvents;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each ticket's SLA clocks in step with what happens to it, inside the transaction of the change, and mirrors the
 * next due time onto the ticket. Warnings and breaches are found by {@link #check} on a timer.
 */
@Component
public class SlaEngine {

    private static final Set<String> POLICY_FIELDS =
            Set.of("priority", "type", "teamId", "organizationId", "tags", "requesterId", "customFields", "channel");

    private final RuleBook book;
    private final SlaClockRepository clocks;
    private final Tickets tickets;
    private final FactsFactory facts;
    private final BusinessCalendars calendars;
    private final TriggerQueue triggers;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    SlaEngine(
            RuleBook book,
            SlaClockRepository clocks,
            Tickets tickets,
            FactsFactory facts,
            BusinessCalendars calendars,
            TriggerQueue triggers,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.book = book;
        this.clocks = clocks;
        this.tickets = tickets;
        this.facts = facts;
        this.calendars = calendars;
        this.triggers = triggers;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void on(TicketEvents.TicketOpened event) {
        if (book.policies().isEmpty()) {
            return;
        }
        TicketView ticket = tickets.get(event.ticketId());
        Instant now = now();
        RuleBook.Policy policy = matching(ticket, now);
        if (policy == null) {
            return;
        }
        BusinessCalendar cal = calendar(policy.entity(), ticket);
        SlaPolicy p = policy.entity();
        if (p.getFirstReplyMinutes() != null && ticket.lastAgentReplyAt() == null) {
            clocks.save(new SlaClock(ticket.id(), p, Metric.FIRST_REPLY, p.getFirstReplyMinutes(), now, cal));
        }
        if (p.getResolutionMinutes() != null) {
            clocks.save(new SlaClock(ticket.id(), p, Metric.RESOLUTION, p.getResolutionMinutes(), now, cal));
        }
        List<SlaClock> started = clocks.findByTicketIdOrderById(ticket.id());
        if (ticket.status() == TicketStatus.PENDING || ticket.status() == TicketStatus.ON_HOLD) {
            started.forEach(c -> c.pause(now, cal));
        }
        mirror(ticket.id(), started);
    }

    @EventListener
    void on(TicketEvents.MessagePosted event) {
        if (event.visibility() != Visibility.PUBLIC
                || !(event.actor().isAgent() || event.actor().isCustomer())) {
            return;
        }
        List<SlaClock> existing = clocks.findByTicketIdOrderById(event.ticketId());
        if (existing.isEmpty() && book.policies().isEmpty()) {
            return;
        }
        TicketView ticket = tickets.get(event.ticketId());
        Instant now = now();
        if (event.actor().isAgent()) {
            for (SlaClock c : existing) {
                if (c.metric() != Metric.RESOLUTION && c.state() != State.DONE) {
                    BusinessCalendar cal = calendar(c, ticket);
                    c.meet(now, cal);
                    event(c, "MET", now, ticket);
                }
            }
        } else {
            boolean waitingForReply =
                    existing.stream().anyMatch(c -> c.metric() != Metric.RESOLUTION && c.state() != State.DONE);
            if (!waitingForReply
                    && ticket.lastAgentReplyAt() != null
                    && ticket.status().isActive()) {
                RuleBook.Policy policy = matching(ticket, now);
                if (policy != null && policy.entity().getNextReplyMinutes() != null) {
                    SlaPolicy p = policy.entity();
                    existing.add(clocks.save(new SlaClock(
                            ticket.id(), p, Metric.NEXT_REPLY, p.getNextReplyMinutes(), now, calendar(p, ticket))));
                }
            }
        }
        mirror(ticket.id(), existing);
    }

    @EventListener
    void on(TicketEvents.TicketChanged event) {
        List<SlaClock> existing = clocks.findByTicketIdOrderById(event.ticketId());
        boolean policyMayChange = event.changes().stream().anyMatch(c -> POLICY_FIELDS.contains(c.field()));
        if (existing.isEmpty() && (!policyMayChange || book.policies().isEmpty())) {
            return;
        }
        TicketView ticket = tickets.get(event.ticketId());
        Instant now = now();
        if (policyMayChange) {
            rematch(ticket, existing, now);
        }
        for (TicketEvents.Change change : event.changes()) {
            if (!change.field().equals("status")) {
                continue;
            }
            TicketStatus to = TicketStatus.valueOf(change.to().toUpperCase(java.util.Locale.ROOT));
            for (SlaClock c : existing) {
                BusinessCalendar cal = calendar(c, ticket);
                switch (to) {
                    case PENDING, ON_HOLD -> c.pause(now, cal);
                    case NEW, OPEN -> c.resume(now, cal);
                    case SOLVED -> {
                        if (c.metric() == Metric.RESOLUTION) {
                            if (c.getMetAt() == null) {
                                c.meet(now, cal);
                                event(c, "MET", now, ticket);
                            }
                        } else {
                            c.stop(now, cal);
                        }
                    }
                    case CLOSED -> c.stop(now, cal);
                }
            }
        }
        mirror(ticket.id(), existing);
    }

    /** Another policy (or none) may apply after a change of the fields policies look at. */
    private void rematch(TicketView ticket, List<SlaClock> existing, Instant now) {
        RuleBook.Policy policy = ticket.status().isActive() ? matching(ticket, now) : null;
        List<SlaClock> open =
                existing.stream().filter(c -> c.state() != State.DONE).toList();
        if (policy == null) {
            open.forEach(c -> c.stop(now, calendar(c, ticket)));
            return;
        }
        SlaPolicy p = policy.entity();
        BusinessCalendar cal = calendar(p, ticket);
        for (SlaClock c : open) {
            Integer minutes = minutes(p, c.metric());
            if (minutes == null) {
                c.stop(now, cal);
            } else if (c.getPolicyId() != p.getId() || c.getTargetMinutes() != minutes) {
                c.retarget(p, minutes, now, cal);
            }
        }
        boolean hasResolution = existing.stream().anyMatch(c -> c.metric() == Metric.RESOLUTION);
        if (!hasResolution && p.getResolutionMinutes() != null) {
            existing.add(
                    clocks.save(new SlaClock(ticket.id(), p, Metric.RESOLUTION, p.getResolutionMinutes(), now, cal)));
        }
        boolean hasFirst = existing.stream().anyMatch(c -> c.metric() == Metric.FIRST_REPLY);
        if (!hasFirst && ticket.lastAgentReplyAt() == null && p.getFirstReplyMinutes() != null) {
            existing.add(
                    clocks.save(new SlaClock(ticket.id(), p, Metric.FIRST_REPLY, p.getFirstReplyMinutes(), now, cal)));
        }
    }

    /** The policy a ticket falls under now: the first active one whose conditions it meets. */
    RuleBook.Policy matching(TicketView ticket, Instant now) {
        List<RuleBook.Policy> policies = book.policies();
        if (policies.isEmpty()) {
            return null;
        }
        Facts f = facts.of(ticket, null, now);
        for (RuleBook.Policy policy : policies) {
            if (RuleConditions.matches(policy.conditions(), f)) {
                return policy;
            }
        }
        return null;
    }

    private void mirror(long ticketId, List<SlaClock> all) {
        Instant next = all.stream()
                .filter(c -> c.state() == State.RUNNING && c.getDueAt() != null)
                .map(SlaClock::getDueAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
        tickets.recordSlaDue(ticketId, next);
    }

    /**
     * Records warnings and breaches that fell due by {@code now}, each in its own transaction: a history row on the
     * ticket, an SLA event for reports and the SLA triggers. Returns how many it recorded.
     */
    public int check(Instant now) {
        int done = 0;
        for (Long id : clocks.warningDue(now, Limit.of(500))) {
            done += Objects.requireNonNullElse(tx.execute(s -> warn(id, now)), 0);
        }
        for (Long id : clocks.breachDue(now, Limit.of(500))) {
            done += Objects.requireNonNullElse(tx.execute(s -> breach(id, now)), 0);
        }
        return done;
    }

    private int warn(long clockId, Instant now) {
        SlaClock c = clocks.findById(clockId).orElse(null);
        if (c == null
                || c.state() != State.RUNNING
                || c.getWarnAt() == null
                || c.getWarnAt().isAfter(now)) {
            return 0;
        }
        c.markWarned(now);
        TicketView ticket = tickets.get(c.getTicketId());
        event(c, "WARNING", now, ticket);
        Actor actor = actor(c);
        tickets.recordChannelEvent(c.getTicketId(), "sla_warning", label(c.metric()), "due " + c.getDueAt(), actor);
        triggers.enqueue(c.getTicketId(), Set.of(TriggerEvent.SLA_WARNING), null, actor);
        return 1;
    }

    private int breach(long clockId, Instant now) {
        SlaClock c = clocks.findById(clockId).orElse(null);
        if (c == null
                || c.state() != State.RUNNING
                || c.getBreachedAt() != null
                || c.getDueAt().isAfter(now)) {
            return 0;
        }
        c.markBreached(now);
        TicketView ticket = tickets.get(c.getTicketId());
        event(c, "BREACH", now, ticket);
        Actor actor = actor(c);
        tickets.recordChannelEvent(c.getTicketId(), "sla_breached", label(c.metric()), "due " + c.getDueAt(), actor);
        triggers.enqueue(c.getTicketId(), Set.of(TriggerEvent.SLA_BREACHED), null, actor);
        return 1;
    }

    private void event(SlaClock c, String kind, Instant at, TicketView ticket) {
        if (c.getId() == null) {
            clocks.saveAndFlush(c);
        }
        jdbc.sql("insert into sla_event (ticket_id, clock_id, policy_id, policy_name, metric, kind, at, due_at,"
                        + " team_id, assignee_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.getTicketId(),
                        c.getId(),
                        c.getPolicyId(),
                        c.getPolicyName(),
                        c.metric().name(),
                        kind,
                        java.sql.Timestamp.from(at),
                        c.getDueAt() == null ? null : java.sql.Timestamp.from(c.getDueAt()),
                        ticket.teamId(),
                        ticket.assigneeId())
                .update();
    }

    private static Actor actor(SlaClock c) {
        return Actor.automation(c.getPolicyId(), "SLA: " + c.getPolicyName());
    }

    static String label(Metric metric) {
        return metric.name().toLowerCase(java.util.Locale.ROOT);
    }

    static Integer minutes(SlaPolicy p, Metric metric) {
        return switch (metric) {
            case FIRST_REPLY -> p.getFirstReplyMinutes();
            case NEXT_REPLY -> p.getNextReplyMinutes();
            case RESOLUTION -> p.getResolutionMinutes();
        };
    }

    private BusinessCalendar calendar(SlaPolicy p, TicketView ticket) {
        return p.isBusinessHours() ? calendars.forTeam(ticket.teamId()) : BusinessCalendar.ALWAYS;
    }

    private BusinessCalendar calendar(SlaClock c, TicketView ticket) {
        return c.isBusinessHours() ? calendars.forTeam(ticket.teamId()) : BusinessCalendar.ALWAYS;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
