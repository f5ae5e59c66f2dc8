package io.frontline.automation.internal;

import io.frontline.automation.Condition;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the time rules over the tickets that wait: each rule walks the tickets in the statuses it names (by default
 * every status but closed) that entered them long enough ago, and acts at most once per ticket and stay in a status —
 * the firing is recorded under a unique key in the same transaction as the actions.
 */
@Component
public class TimeRuleRunner {

    private static final Logger log = LoggerFactory.getLogger(TimeRuleRunner.class);
    private static final Set<TicketStatus> WAITING = EnumSet.complementOf(EnumSet.of(TicketStatus.CLOSED));

    /** What one run did. */
    public record Outcome(int examined, int fired, int failed) {}

    private final RuleBook book;
    private final Tickets tickets;
    private final FactsFactory facts;
    private final RuleExecutor executor;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    TimeRuleRunner(
            RuleBook book,
            Tickets tickets,
            FactsFactory facts,
            RuleExecutor executor,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.book = book;
        this.tickets = tickets;
        this.facts = facts;
        this.executor = executor;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    public Outcome run(Instant now, int batch) {
        book.reload();
        int examined = 0;
        int fired = 0;
        int failed = 0;
        for (RuleBook.Rule rule : book.timeRules()) {
            Set<TicketStatus> statuses = statuses(rule);
            Instant enteredBefore = now.minus(minimumInStatus(rule));
            Instant afterAt = null;
            long afterId = 0;
            while (true) {
                List<TicketView> page = tickets.inStatusSince(statuses, enteredBefore, afterAt, afterId, batch);
                if (page.isEmpty()) {
                    break;
                }
                Set<Long> done = firedAlready(rule.id(), page);
                for (TicketView ticket : page) {
                    examined++;
                    String key = ticket.statusChangedAt().toString();
                    if (done.contains(ticket.id())
                            || !RuleConditions.matches(rule.conditions(), facts.of(ticket, null, now))) {
                        continue;
                    }
                    try {
                        tx.executeWithoutResult(s -> fire(rule, ticket, key, now));
                        fired++;
                    } catch (DuplicateKeyException e) {
                        // another node fired it meanwhile
                    } catch (RuntimeException e) {
                        failed++;
                        log.warn("Time rule {} failed on ticket {}: {}", rule.name(), ticket.id(), e.toString());
                    }
                }
                TicketView last = page.getLast();
                afterAt = last.statusChangedAt();
                afterId = last.id();
                if (page.size() < batch) {
                    break;
                }
            }
        }
        return new Outcome(examined, fired, failed);
    }

    private void fire(RuleBook.Rule rule, TicketView ticket, String key, Instant now) {
        jdbc.sql("insert into rule_firing (rule_id, ticket_id, state_key, fired_at) values (?, ?, ?, ?)")
                .params(rule.id(), ticket.id(), key, Timestamp.from(clock.instant()))
                .update();
        TicketView current = tickets.get(ticket.id());
        Facts f = facts.of(current, null, now);
        if (!current.statusChangedAt().toString().equals(key) || !RuleConditions.matches(rule.conditions(), f)) {
            throw new IllegalStateException("ticket changed since it was read");
        }
        RulePlan plan = RuleActions.plan(rule.actions(), f, TriggerRunner.placeholders(f, rule));
        executor.execute(rule, ticket.id(), plan, "time_rule_fired");
    }

    /** Tickets of this page the rule already acted on in their current stay in a status. */
    private Set<Long> firedAlready(long ruleId, List<TicketView> page) {
        Set<String> keys = new HashSet<>();
        page.forEach(t -> keys.add(t.id() + "@" + t.statusChangedAt()));
        List<String> found = jdbc.sql("select ticket_id, state_key from rule_firing where rule_id = :rule"
                        + " and ticket_id in (:ids)")
                .param("rule", ruleId)
                .param("ids", page.stream().map(TicketView::id).toList())
                .query((rs, i) -> rs.getLong(1) + "@" + rs.getString(2))
                .list();
        Set<Long> done = new HashSet<>();
        for (String k : found) {
            if (keys.contains(k)) {
                done.add(Long.valueOf(k.substring(0, k.indexOf('@'))));
            }
        }
        return done;
    }

    /** The statuses an "all" condition on status allows, else every status but closed. */
    static Set<TicketStatus> statuses(RuleBook.Rule rule) {
        for (Condition c : rule.conditions().all()) {
            if ("status".equals(c.field()) && "is".equals(c.op())) {
                Set<TicketStatus> wanted = EnumSet.noneOf(TicketStatus.class);
                for (String v : RuleConditions.values(c.value())) {
                    TicketStatus s = RuleActions.parse(TicketStatus.class, v);
                    if (s != null && s != TicketStatus.CLOSED) {
                        wanted.add(s);
                    }
                }
                return wanted.isEmpty() ? WAITING : wanted;
            }
        }
        return WAITING;
    }

    /** The least time in status an "all" condition demands, so the database skips tickets that entered it recently. */
    static Duration minimumInStatus(RuleBook.Rule rule) {
        Duration least = Duration.ZERO;
        for (Condition c : rule.conditions().all()) {
            if ("hours_in_status".equals(c.field()) && "at_least".equals(c.op())) {
                List<String> v = RuleConditions.values(c.value());
                if (!v.isEmpty()) {
                    try {
                        long seconds = new BigDecimal(v.getFirst().strip().toLowerCase(Locale.ROOT))
                                .multiply(BigDecimal.valueOf(3600))
                                .longValue();
                        least = Duration.ofSeconds(Math.max(least.toSeconds(), seconds));
                    } catch (NumberFormatException e) {
                        // validated on save; ignore here
                    }
                }
            }
        }
        return least;
    }
}
