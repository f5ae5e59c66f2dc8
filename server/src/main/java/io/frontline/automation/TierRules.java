package io.frontline.automation;

import io.frontline.automation.internal.RuleBook;
import io.frontline.automation.internal.RuleConditions;
import io.frontline.automation.internal.TierGuard;
import io.frontline.automation.internal.TierRule;
import io.frontline.automation.internal.TierRuleRepository;
import io.frontline.identity.Role;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Tier rules: which changes on which tickets need an agent of a minimum tier or role ("an urgent incident is solved by
 * a lead"). Create, change, delete and every version with rollback, like triggers; the guard consulted by the ticket
 * module reloads them after each change commits.
 */
@Service
public class TierRules {

    static final String VERSION_KIND = "tier_rule";

    private final TierRuleRepository rules;
    private final RuleHistory history;
    private final TierGuard guard;
    private final Clock clock;

    TierRules(TierRuleRepository rules, RuleHistory history, TierGuard guard, Clock clock) {
        this.rules = rules;
        this.history = history;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TierRuleView> list() {
        return rules.findAllByOrderByIdAsc().stream().map(TierRules::view).toList();
    }

    @Transactional(readOnly = true)
    public TierRuleView get(long id) {
        return view(load(id));
    }

    @Transactional
    public TierRuleView create(TierRuleInput input, Actor actor) {
        validate(input);
        TierRule rule = new TierRule(clock.instant());
        apply(rule, input);
        rules.save(rule);
        history.record(VERSION_KIND, rule.getId(), "created", snapshot(rule), actor);
        guard.changed();
        return view(rule);
    }

    @Transactional
    public TierRuleView update(long id, TierRuleInput input, Actor actor) {
        TierRule rule = load(id);
        validate(input);
        apply(rule, input);
        rules.saveAndFlush(rule);
        history.record(VERSION_KIND, id, "updated", snapshot(rule), actor);
        guard.changed();
        return view(rule);
    }

    @Transactional
    public void delete(long id, Actor actor) {
        TierRule rule = load(id);
        history.record(VERSION_KIND, id, "deleted", snapshot(rule), actor);
        rules.delete(rule);
        guard.changed();
    }

    @Transactional(readOnly = true)
    public List<RuleHistory.Version> versions(long id) {
        load(id);
        return history.list(VERSION_KIND, id);
    }

    @Transactional
    public TierRuleView rollback(long id, int number, Actor actor) {
        TierRule rule = load(id);
        Map<String, Object> old =
                new LinkedHashMap<>(history.get(VERSION_KIND, id, number).snapshot());
        if (old.get("requiresRole") instanceof String role) {
            old.put("requiresRole", role.toUpperCase(Locale.ROOT));
        }
        TierRuleInput input = Json.read(Json.write(old), new TypeReference<TierRuleInput>() {});
        validate(input);
        apply(rule, input);
        rules.saveAndFlush(rule);
        history.record(VERSION_KIND, id, "rolled_back", snapshot(rule), actor);
        guard.changed();
        return view(rule);
    }

    private static void validate(TierRuleInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldViolation("name", "is required"));
        }
        if (input.actions() == null || input.actions().isEmpty()) {
            problems.add(new FieldViolation("actions", "name at least one guarded change: " + TierGuard.GUARDED));
        } else {
            for (int i = 0; i < input.actions().size(); i++) {
                String a = input.actions().get(i);
                if (a == null || !TierGuard.GUARDED.contains(a.strip().toLowerCase(Locale.ROOT))) {
                    problems.add(new FieldViolation("actions[" + i + "]", "must be one of " + TierGuard.GUARDED));
                }
            }
        }
        if (input.minTier() == null && input.requiresRole() == null) {
            problems.add(new FieldViolation("minTier", "set minTier (2 or 3) or requiresRole (lead or admin)"));
        }
        if (input.minTier() != null && (input.minTier() < 2 || input.minTier() > 3)) {
            problems.add(new FieldViolation("minTier", "must be 2 or 3"));
        }
        if (input.requiresRole() == Role.AGENT) {
            problems.add(new FieldViolation("requiresRole", "must be lead or admin"));
        }
        RuleConditions.validate(input.conditions(), "conditions.", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void apply(TierRule rule, TierRuleInput input) {
        rule.change(
                input.name().strip(),
                input.description() == null || input.description().isBlank()
                        ? null
                        : input.description().strip(),
                input.active() == null || input.active(),
                Json.write(input.conditions() == null ? Conditions.NONE : input.conditions()),
                String.join(
                        ",",
                        input.actions().stream()
                                .map(a -> a.strip().toLowerCase(Locale.ROOT))
                                .distinct()
                                .toList()),
                input.minTier(),
                input.requiresRole() == null ? null : input.requiresRole().name(),
                clock.instant());
    }

    private TierRule load(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("Tier rule", id));
    }

    private static Map<String, Object> snapshot(TierRule r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", r.getName());
        s.put("description", r.getDescription());
        s.put("active", r.isActive());
        s.put("conditions", RuleBook.conditions(r.getConditions()));
        s.put("actions", actions(r));
        s.put("minTier", r.getMinTier());
        s.put(
                "requiresRole",
                r.getRequiresRole() == null ? null : r.getRequiresRole().toLowerCase(Locale.ROOT));
        return s;
    }

    private static List<String> actions(TierRule r) {
        return Arrays.stream(r.getGuarded().split(","))
                .filter(a -> !a.isBlank())
                .toList();
    }

    private static TierRuleView view(TierRule r) {
        return new TierRuleView(
                r.getId(),
                r.getName(),
                r.getDescription(),
                r.isActive(),
                RuleBook.conditions(r.getConditions()),
                actions(r),
                r.getMinTier(),
                r.getRequiresRole() == null ? null : Role.valueOf(r.getRequiresRole()),
                r.getCreatedAt(),
                r.getUpdatedAt(),
                r.getVersion());
    }
}
