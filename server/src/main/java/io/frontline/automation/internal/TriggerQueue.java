package io.frontline.automation.internal;

import io.frontline.automation.TriggerEvent;
import io.frontline.kernel.Actor;
import io.frontline.kernel.AfterCommit;
import io.frontline.tickets.TicketEvents;
import io.frontline.tickets.Visibility;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns ticket events into trigger runs. All events of one transaction on one ticket become one run, written in that
 * transaction (so a run exists exactly when the change does) and picked up after commit by {@link TriggerRunner}.
 * Changes made by rules themselves start no run: rules cannot set each other off in a loop.
 */
@Component
public class TriggerQueue {

    private static final Object KEY = new Object();

    private record Pending(Set<TriggerEvent> events, Long messageId, Actor actor) {}

    private final RuleBook book;
    private final JdbcClient jdbc;
    private final TriggerRunner runner;
    private final Clock clock;

    TriggerQueue(RuleBook book, JdbcClient jdbc, TriggerRunner runner, Clock clock) {
        this.book = book;
        this.jdbc = jdbc;
        this.runner = runner;
        this.clock = clock;
    }

    @EventListener
    void on(TicketEvents.TicketOpened event) {
        add(event.ticketId(), TriggerEvent.TICKET_CREATED, null, event.actor());
    }

    @EventListener
    void on(TicketEvents.TicketChanged event) {
        add(event.ticketId(), TriggerEvent.TICKET_UPDATED, null, event.actor());
    }

    @EventListener
    void on(TicketEvents.MessagePosted event) {
        if (event.actor().isCustomer()) {
            add(event.ticketId(), TriggerEvent.CUSTOMER_REPLIED, event.messageId(), event.actor());
        } else if (event.actor().isAgent() && event.visibility() == Visibility.PUBLIC) {
            add(event.ticketId(), TriggerEvent.AGENT_REPLIED, event.messageId(), event.actor());
        }
    }

    /** Queues a run for events that come from automation itself (SLA warnings and breaches), in the caller's transaction. */
    public void enqueue(long ticketId, Set<TriggerEvent> events, Long messageId, Actor actor) {
        if (book.anyTriggerOn(events)) {
            insert(ticketId, events, messageId, actor);
            wakeAfterCommit();
        }
    }

    private void add(long ticketId, TriggerEvent event, Long messageId, Actor actor) {
        if (actor.isAutomation() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, Pending> pending = (Map<Long, Pending>) TransactionSynchronizationManager.getResource(KEY);
        if (pending == null) {
            Map<Long, Pending> created = new LinkedHashMap<>();
            pending = created;
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TriggerQueue.this.write(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        Pending before = pending.get(ticketId);
        Set<TriggerEvent> events = EnumSet.of(event);
        if (before != null) {
            events.addAll(before.events());
        }
        // a new ticket's first message is part of its creation, not a reply
        if (events.contains(TriggerEvent.TICKET_CREATED)) {
            events.retainAll(EnumSet.of(TriggerEvent.TICKET_CREATED));
        }
        Long message = messageId != null ? messageId : before == null ? null : before.messageId();
        // the first actor of the transaction (the agent or customer) is the one the run names
        pending.put(ticketId, new Pending(events, message, before == null ? actor : before.actor()));
    }

    private void write(Map<Long, Pending> pending) {
        boolean any = false;
        for (Map.Entry<Long, Pending> e : pending.entrySet()) {
            if (book.anyTriggerOn(e.getValue().events())) {
                insert(
                        e.getKey(),
                        e.getValue().events(),
                        e.getValue().messageId(),
                        e.getValue().actor());
                any = true;
            }
        }
        pending.clear();
        if (any) {
            wakeAfterCommit();
        }
    }

    private void insert(long ticketId, Set<TriggerEvent> events, Long messageId, Actor actor) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into automation_job (ticket_id, events, message_id, actor_type, actor_id, actor_name,"
                        + " created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        ticketId,
                        events.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        messageId,
                        actor.type().name(),
                        actor.id(),
                        actor.name(),
                        now,
                        now)
                .update();
    }

    private void wakeAfterCommit() {
        AfterCommit.run(runner::wake);
    }
}
