package io.frontline.automation.internal;

import io.frontline.automation.Conditions;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.identity.Role;
import io.frontline.kernel.Actor;
import io.frontline.kernel.AfterCommit;
import io.frontline.kernel.ConflictException;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketGuard;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Puts an agent's ticket change to the tier rules: when the change does something a rule guards (solving, closing,
 * raising to urgent, lowering the priority) on a ticket meeting the rule's conditions — before or after the change, so
 * changing the priority in the same request does not slip past — and the agent lacks the tier or role, the change is
 * refused with a 409 naming the rule, and nothing is written. The active rules are cached, reloaded after a change
 * to them commits and every 30 s (changes made on another node); the tickets module asks only for agents' changes,
 * never for rules' or customers'.
 */
@Component
public class TierGuard implements TicketGuard {

    public static final List<String> GUARDED = List.of("solve", "close", "set_priority_urgent", "lower_priority");

    /** An active rule, parsed. */
    public record Rule(String name, Conditions conditions, Set<String> actions, Integer minTier, Role requiresRole) {}

    private final TierRuleRepository repository;
    private final FactsFactory facts;
    private final Directory directory;
    private final Clock clock;
    /** Rules changed on another node are seen after at most this long. */
    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private volatile List<Rule> rules;
    private volatile Instant loadedAt = Instant.MIN;

    TierGuard(TierRuleRepository repository, FactsFactory facts, Directory directory, Clock clock) {
        this.repository = repository;
        this.facts = facts;
        this.directory = directory;
        this.clock = clock;
    }

    /** Reloads once the current transaction commits. */
    public void changed() {
        AfterCommit.run(() -> rules = null);
    }

    private List<Rule> rules() {
        List<Rule> current = rules;
        Instant now = clock.instant();
        if (current == null || loadedAt.isBefore(now.minus(MAX_AGE))) {
            current = repository.findAllByOrderByIdAsc().stream()
                    .filter(TierRule::isActive)
                    .map(r -> new Rule(
                            r.getName(),
                            RuleBook.conditions(r.getConditions()),
                            new LinkedHashSet<>(Arrays.asList(r.getGuarded().split(","))),
                            r.getMinTier(),
                            r.getRequiresRole() == null ? null : Role.valueOf(r.getRequiresRole())))
                    .toList();
            rules = current;
            loadedAt = now;
        }
        return current;
    }

    @Override
    public void check(Supplier<TicketView> view, TicketChanges changes, Actor actor) {
        List<Rule> active = rules();
        if (active.isEmpty() || !actor.isAgent()) {
            return;
        }
        TicketView ticket = view.get();
        Set<String> doing = performed(ticket, changes);
        if (doing.isEmpty()) {
            return;
        }
        AgentRef agent = null;
        Facts before = null;
        Facts after = null;
        for (Rule rule : active) {
            String action =
                    rule.actions().stream().filter(doing::contains).findFirst().orElse(null);
            if (action == null) {
                continue;
            }
            if (agent == null) {
                agent = directory.agent(actor.id()).orElse(null);
                if (agent == null) {
                    return;
                }
            }
            if (allowed(agent.tier(), agent.role(), rule.minTier(), rule.requiresRole())) {
                continue;
            }
            if (before == null) {
                before = facts.of(ticket, null, clock.instant());
                after = facts.of(ticket, null, clock.instant());
                apply(after, changes);
            }
            if (RuleConditions.matches(rule.conditions(), before) || RuleConditions.matches(rule.conditions(), after)) {
                throw new ConflictException("tier_rule", refusal(rule, action, agent));
            }
        }
    }

    /** The guarded changes this change makes to the ticket. */
    public static Set<String> performed(TicketView ticket, TicketChanges changes) {
        Set<String> doing = new LinkedHashSet<>();
        if (changes.has("status") && changes.status() != ticket.status()) {
            if (changes.status() == TicketStatus.SOLVED) doing.add("solve");
            if (changes.status() == TicketStatus.CLOSED) doing.add("close");
        }
        if (changes.has("priority") && changes.priority() != null && changes.priority() != ticket.priority()) {
            if (changes.priority() == Priority.URGENT) doing.add("set_priority_urgent");
            if (changes.priority().ordinal() < ticket.priority().ordinal()) doing.add("lower_priority");
        }
        return doing;
    }

    /** Whether an agent of this tier and role meets a rule's demands (roles include the ones before them). */
    public static boolean allowed(int tier, Role role, Integer minTier, Role requiresRole) {
        boolean tierOk = minTier == null || tier >= minTier;
        boolean roleOk = requiresRole == null || role.ordinal() >= requiresRole.ordinal();
        return tierOk && roleOk;
    }

    static String refusal(Rule rule, String action, AgentRef agent) {
        StringBuilder needs = new StringBuilder();
        if (rule.minTier() != null)
            needs.append("an agent of tier ").append(rule.minTier()).append(" or higher");
        if (rule.requiresRole() != null) {
            if (!needs.isEmpty()) needs.append(" with");
            needs.append(" the ")
                    .append(rule.requiresRole().name().toLowerCase(Locale.ROOT))
                    .append(" role");
        }
        return "Tier rule \u201c" + rule.name() + "\u201d: " + verb(action) + " this ticket needs "
                + needs.toString().strip()
                + " (you are tier " + agent.tier() + ", " + agent.role().name().toLowerCase(Locale.ROOT)
                + "). Escalate it or ask a lead.";
    }

    private static String verb(String action) {
        return switch (action) {
            case "solve" -> "solving";
            case "close" -> "closing";
            case "set_priority_urgent" -> "raising to urgent";
            default -> "lowering the priority of";
        };
    }

    private static void apply(Facts f, TicketChanges changes) {
        if (changes.has("status") && changes.status() != null) f.setStatus(changes.status());
        if (changes.has("priority") && changes.priority() != null) f.setPriority(changes.priority());
        if (changes.has("type")) f.setType(changes.type());
        if (changes.has("teamId")) f.setTeamId(changes.teamId());
        if (changes.has("assigneeId")) f.setAssigneeId(changes.assigneeId());
    }
}
