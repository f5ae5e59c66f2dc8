package io.frontline.automation.internal;

import io.frontline.automation.Conditions;
import io.frontline.automation.RuleAction;
import io.frontline.automation.TriggerEvent;
import io.frontline.kernel.AfterCommit;
import io.frontline.kernel.Json;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * The active rules and policies, parsed once and kept in memory; every ticket change consults them, so they must not
 * cost a query. Reloaded after a change to them commits. With several nodes, a node sees another node's rule changes
 * on its next reload (the timed jobs reload every run).
 */
@Component
public class RuleBook {

    public record Rule(
            long id,
            String kind,
            String name,
            Set<TriggerEvent> events,
            Conditions conditions,
            List<RuleAction> actions) {}

    public record Policy(SlaPolicy entity, Conditions conditions) {}

    record Snapshot(List<Rule> triggers, List<Rule> timeRules, List<Policy> policies) {}

    private static final TypeReference<List<RuleAction>> ACTIONS = new TypeReference<>() {};

    private final AutomationRuleRepository rules;
    private final SlaPolicyRepository policies;
    private volatile Snapshot snapshot;

    RuleBook(AutomationRuleRepository rules, SlaPolicyRepository policies) {
        this.rules = rules;
        this.policies = policies;
    }

    public List<Rule> triggers() {
        return current().triggers();
    }

    public List<Rule> timeRules() {
        return current().timeRules();
    }

    public List<Policy> policies() {
        return current().policies();
    }

    /** Whether any active trigger runs on one of these events. */
    public boolean anyTriggerOn(Set<TriggerEvent> events) {
        for (Rule rule : triggers()) {
            for (TriggerEvent event : events) {
                if (rule.events().contains(event)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reloads once the current transaction commits (at once outside a transaction). */
    public void changed() {
        AfterCommit.run(() -> snapshot = null);
    }

    /** Drops the cache so the next use reads the database again. */
    public void reload() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        List<Rule> triggers = rules.findByKindOrderByPositionAscIdAsc(AutomationRule.TRIGGER).stream()
                .filter(AutomationRule::isActive)
                .map(RuleBook::parse)
                .toList();
        List<Rule> timeRules = rules.findByKindOrderByPositionAscIdAsc(AutomationRule.TIME_RULE).stream()
                .filter(AutomationRule::isActive)
                .map(RuleBook::parse)
                .toList();
        List<Policy> active = policies.findAllByOrderByPositionAscIdAsc().stream()
                .filter(SlaPolicy::isActive)
                .map(p -> new Policy(p, conditions(p.getConditions())))
                .toList();
        return new Snapshot(triggers, timeRules, active);
    }

    public static Rule parse(AutomationRule rule) {
        return new Rule(
                rule.getId(),
                rule.getKind(),
                rule.getName(),
                events(rule.getEvents()),
                conditions(rule.getConditions()),
                actions(rule.getActions()));
    }

    public static Conditions conditions(String json) {
        return json == null || json.isBlank() ? Conditions.NONE : Json.read(json, new TypeReference<Conditions>() {});
    }

    public static List<RuleAction> actions(String json) {
        return json == null || json.isBlank() ? List.of() : Json.read(json, ACTIONS);
    }

    public static Set<TriggerEvent> events(String csv) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.noneOf(TriggerEvent.class);
        }
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .map(TriggerEvent::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TriggerEvent.class)));
    }

    public static String events(Set<TriggerEvent> events) {
        return events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
