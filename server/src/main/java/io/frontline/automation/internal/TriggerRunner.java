package io.frontline.automation.internal;

import io.frontline.automation.TriggerEvent;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.MessageView;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out queued trigger runs. A run is claimed for a while (so two nodes do not take the same one), carried out
 * and deleted in one transaction, so its effects happen exactly once; a failing run is retried later with a growing
 * delay and quarantined after {@link #MAX_ATTEMPTS}, where leads see it and can retry it.
 */
@Component
public class TriggerRunner implements DisposableBean {

    static final int MAX_ATTEMPTS = 5;
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(TriggerRunner.class);

    record Job(long id, long ticketId, Set<TriggerEvent> events, Long messageId, int attempts) {}

    private final JdbcClient jdbc;
    private final RuleBook book;
    private final FactsFactory facts;
    private final RuleExecutor executor;
    private final Tickets tickets;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    TriggerRunner(
            JdbcClient jdbc,
            RuleBook book,
            FactsFactory facts,
            RuleExecutor executor,
            Tickets tickets,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.facts = facts;
        this.executor = executor;
        this.tickets = tickets;
        this.tx = tx;
        this.clock = clock;
    }

    /** Starts draining the queue on a worker thread, unless that is already happening. */
    public void wake() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            worker.execute(this::drainLoop);
        }
    }

    /** Picks up runs left by a crash, by other nodes, or waiting for a retry. */
    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
    void sweep() {
        wake();
    }

    private void drainLoop() {
        try {
            while (again.getAndSet(false)) {
                while (drain(clock.instant()) > 0) {
                    // keep going while there is work
                }
            }
        } catch (RuntimeException e) {
            log.warn("Trigger queue could not be read: {}", e.toString());
        } finally {
            running.set(false);
            if (again.get() && running.compareAndSet(false, true)) {
                worker.execute(this::drainLoop);
            }
        }
    }

    /** Carries out up to 100 runs that are due; returns how many it took. */
    public int drain(Instant now) {
        List<Job> due = jdbc.sql("select id, ticket_id, events, message_id, attempts from automation_job"
                        + " where quarantined = false and next_attempt_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?) order by id")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query((rs, i) -> new Job(
                        rs.getLong(1),
                        rs.getLong(2),
                        RuleBook.events(rs.getString(3)),
                        (Long) rs.getObject(4, Long.class),
                        rs.getInt(5)))
                .list();
        int taken = 0;
        for (Job job : due.subList(0, Math.min(100, due.size()))) {
            int claimed = jdbc.sql("update automation_job set claimed_until = ? where id = ?"
                            + " and (claimed_until is null or claimed_until < ?)")
                    .params(Timestamp.from(now.plus(CLAIM)), job.id(), Timestamp.from(now))
                    .update();
            if (claimed == 0) {
                continue;
            }
            taken++;
            try {
                tx.executeWithoutResult(s -> {
                    run(job, clock.instant());
                    jdbc.sql("delete from automation_job where id = ?")
                            .param(job.id())
                            .update();
                });
            } catch (RuntimeException e) {
                failed(job, e, now);
            }
        }
        return taken;
    }

    /** Evaluates the triggers on the ticket in order; each fires at most once and later ones see earlier changes. */
    void run(Job job, Instant now) {
        TicketView ticket;
        try {
            ticket = tickets.get(job.ticketId());
        } catch (NotFoundException e) {
            return;
        }
        List<RuleBook.Rule> triggers = book.triggers().stream()
                .filter(t -> t.events().stream().anyMatch(job.events()::contains))
                .toList();
        if (triggers.isEmpty()) {
            return;
        }
        String text = job.messageId() == null ? null : text(job.messageId());
        Facts f = facts.of(ticket, text, now);
        Set<Long> fired = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RuleBook.Rule trigger : triggers) {
                if (fired.contains(trigger.id()) || !RuleConditions.matches(trigger.conditions(), f)) {
                    continue;
                }
                fired.add(trigger.id());
                RulePlan plan = RuleActions.plan(trigger.actions(), f, placeholders(f, trigger));
                executor.execute(trigger, ticket.id(), plan, "trigger_fired");
                // a later trigger may now match because of this one's changes: look again from the top
                changed = plan.changesFields();
                if (changed) {
                    break;
                }
            }
        }
    }

    private String text(long messageId) {
        try {
            MessageView message = tickets.message(messageId);
            return message.body();
        } catch (NotFoundException e) {
            return null;
        }
    }

    static java.util.Map<String, String> placeholders(Facts f, RuleBook.Rule rule) {
        boolean org = rule.actions().stream()
                .anyMatch(a -> a.value() != null && String.valueOf(a.value()).contains("organization."));
        return FactsFactory.placeholders(f, org);
    }

    private void failed(Job job, RuntimeException e, Instant now) {
        int attempts = job.attempts() + 1;
        boolean quarantine = attempts >= MAX_ATTEMPTS;
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof io.frontline.kernel.InvalidInputException invalid) {
            error += " " + invalid.violations();
        }
        log.warn("Trigger run {} on ticket {} failed (attempt {}): {}", job.id(), job.ticketId(), attempts, error);
        jdbc.sql("update automation_job set attempts = ?, next_attempt_at = ?, claimed_until = null, quarantined = ?,"
                        + " last_error = ? where id = ?")
                .params(
                        attempts,
                        Timestamp.from(now.plusSeconds(5L << Math.min(attempts, 10))),
                        quarantine,
                        error.length() > 2000 ? error.substring(0, 2000) : error,
                        job.id())
                .update();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
