package io.frontline.automation;

import io.frontline.automation.internal.AutomationRule;
import io.frontline.automation.internal.AutomationRuleRepository;
import io.frontline.automation.internal.Facts;
import io.frontline.automation.internal.FactsFactory;
import io.frontline.automation.internal.Recipients;
import io.frontline.automation.internal.RuleActions;
import io.frontline.automation.internal.RuleBook;
import io.frontline.automation.internal.RuleConditions;
import io.frontline.automation.internal.RulePlan;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.MessageView;
import io.frontline.tickets.Page;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Triggers and time rules: create, change, delete, order, try on past tickets (dry run), and every version with
 * rollback. Rules act through the ticket module's commands, as themselves.
 */
@Service
public class AutomationRules {

    private final AutomationRuleRepository rules;
    private final RuleBook book;
    private final RuleHistory history;
    private final Tickets tickets;
    private final FactsFactory facts;
    private final Recipients recipients;
    private final Clock clock;

    AutomationRules(
            AutomationRuleRepository rules,
            RuleBook book,
            RuleHistory history,
            Tickets tickets,
            FactsFactory facts,
            Recipients recipients,
            Clock clock) {
        this.rules = rules;
        this.book = book;
        this.history = history;
        this.tickets = tickets;
        this.facts = facts;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RuleView> list(RuleKind kind) {
        return rules.findByKindOrderByPositionAscIdAsc(kind.name()).stream()
                .map(AutomationRules::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public RuleView get(RuleKind kind, long id) {
        return view(load(kind, id));
    }

    @Transactional
    public RuleView create(RuleKind kind, RuleInput input, Actor actor) {
        validate(kind, input);
        AutomationRule rule = new AutomationRule(kind.name(), clock.instant());
        apply(rule, input, nextPosition(kind));
        rules.save(rule);
        history.record(kind.versionKind(), rule.getId(), "created", snapshot(rule), actor);
        book.changed();
        return view(rule);
    }

    @Transactional
    public RuleView update(RuleKind kind, long id, RuleInput input, Actor actor) {
        AutomationRule rule = load(kind, id);
        validate(kind, input);
        apply(rule, input, rule.getPosition());
        rules.saveAndFlush(rule);
        history.record(kind.versionKind(), id, "updated", snapshot(rule), actor);
        book.changed();
        return view(rule);
    }

    @Transactional
    public void delete(RuleKind kind, long id, Actor actor) {
        AutomationRule rule = load(kind, id);
        history.record(kind.versionKind(), id, "deleted", snapshot(rule), actor);
        rules.delete(rule);
        book.changed();
    }

    /** Sets the order rules run in: the ids in their new order (rules not named keep their place after them). */
    @Transactional
    public List<RuleView> reorder(RuleKind kind, List<Long> ids, Actor actor) {
        List<AutomationRule> all = rules.findByKindOrderByPositionAscIdAsc(kind.name());
        Map<Long, AutomationRule> byId = new LinkedHashMap<>();
        all.forEach(r -> byId.put(r.getId(), r));
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!byId.containsKey(ids.get(i))) {
                problems.add(new FieldViolation("ids[" + i + "]", "is not a rule of this kind"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<AutomationRule> ordered = new ArrayList<>();
        ids.stream().distinct().forEach(id -> ordered.add(byId.remove(id)));
        ordered.addAll(byId.values());
        for (int i = 0; i < ordered.size(); i++) {
            AutomationRule r = ordered.get(i);
            if (r.getPosition() != i + 1) {
                r.change(
                        r.getName(),
                        r.getDescription(),
                        r.isActive(),
                        i + 1,
                        r.getEvents(),
                        r.getConditions(),
                        r.getActions(),
                        clock.instant());
                history.record(kind.versionKind(), r.getId(), "updated", snapshot(r), actor);
            }
        }
        book.changed();
        return ordered.stream().map(AutomationRules::view).toList();
    }

    @Transactional(readOnly = true)
    public List<RuleHistory.Version> versions(RuleKind kind, long id) {
        return history.list(kind.versionKind(), id);
    }

    /** Makes an earlier version the current one again (recorded as a new version). */
    @Transactional
    public RuleView rollback(RuleKind kind, long id, int number, Actor actor) {
        AutomationRule rule = load(kind, id);
        Map<String, Object> old = history.get(kind.versionKind(), id, number).snapshot();
        RuleInput input = Json.read(Json.write(old), new TypeReference<RuleInput>() {});
        validate(kind, input);
        apply(rule, input, input.position() == null ? rule.getPosition() : input.position());
        rules.saveAndFlush(rule);
        history.record(kind.versionKind(), id, "rolled_back", snapshot(rule), actor);
        book.changed();
        return view(rule);
    }

    /**
     * Which of the {@code limit} most recently updated tickets the rule would match now, and what it would change.
     * Nothing is written. Triggers are tried as if one of their events had just happened; {@code text} conditions
     * look at each ticket's latest message.
     */
    @Transactional(readOnly = true)
    public DryRun dryRun(RuleKind kind, RuleInput input, int limit) {
        validate(kind, input);
        int size = Math.clamp(limit, 1, 500);
        Page<TicketView> recent = tickets.list(new TicketQuery(
                null,
                null,
                null,
                null,
                null,
                (String) null,
                null,
                null,
                null,
                null,
                null,
                TicketQuery.Sort.UPDATED_DESC,
                null,
                size));
        RuleBook.Rule rule = new RuleBook.Rule(
                0,
                kind.name(),
                input.name(),
                input.events() == null ? EnumSet.noneOf(TriggerEvent.class) : input.events(),
                input.conditions() == null ? Conditions.NONE : input.conditions(),
                input.actions());
        boolean wantsText = rule.conditions().all().stream().anyMatch(c -> "text".equals(c.field()))
                || rule.conditions().any().stream().anyMatch(c -> "text".equals(c.field()));
        List<DryRun.Match> matches = new ArrayList<>();
        var now = clock.instant();
        for (TicketView ticket : recent.items()) {
            String text = null;
            if (wantsText) {
                List<MessageView> last =
                        tickets.latestMessages(ticket.id(), null, 1).items();
                text = last.isEmpty() ? null : last.getFirst().body();
            }
            Facts f = facts.of(ticket, text, now);
            if (!RuleConditions.matches(rule.conditions(), f)) {
                continue;
            }
            RulePlan plan = RuleActions.plan(rule.actions(), f, FactsFactory.placeholders(f, true));
            Map<String, Object> changes = plan.describe();
            if (!plan.notifications().isEmpty()) {
                // who would be notified, by name, against the ticket as the rule would leave it
                Map<String, List<String>> who = new LinkedHashMap<>();
                for (RulePlan.Notify n : plan.notifications()) {
                    who.put(
                            n.target(),
                            List.copyOf(recipients
                                    .resolve(n.target(), f.assigneeId(), f.teamId())
                                    .values()));
                }
                changes.put("notifyAgents", who);
            }
            matches.add(new DryRun.Match(
                    ticket.id(), ticket.subject(), ticket.status().value(), changes));
        }
        return new DryRun(recent.items().size(), matches);
    }

    private void validate(RuleKind kind, RuleInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldViolation("name", "is required"));
        }
        if (kind == RuleKind.TRIGGER
                && (input.events() == null || input.events().isEmpty())) {
            problems.add(new FieldViolation("events", "name at least one event the trigger runs on"));
        }
        if (kind == RuleKind.TIME_RULE) {
            if (input.events() != null && !input.events().isEmpty()) {
                problems.add(new FieldViolation("events", "time rules run on a timer, not on events"));
            }
            boolean timed = input.conditions() != null
                    && input.conditions().all().stream().anyMatch(RuleConditions::timeBased);
            if (!timed) {
                problems.add(new FieldViolation(
                        "conditions.all",
                        "a time rule needs a time condition in all, such as hours_in_status at_least 72"));
            }
        }
        RuleConditions.validate(input.conditions(), "conditions.", problems);
        RuleActions.validate(input.actions(), "actions", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void apply(AutomationRule rule, RuleInput input, int defaultPosition) {
        rule.change(
                input.name().strip(),
                input.description() == null || input.description().isBlank()
                        ? null
                        : input.description().strip(),
                input.active() == null || input.active(),
                input.position() == null ? defaultPosition : input.position(),
                input.events() == null ? null : RuleBook.events(input.events()),
                Json.write(input.conditions() == null ? Conditions.NONE : input.conditions()),
                Json.write(input.actions()),
                clock.instant());
    }

    private int nextPosition(RuleKind kind) {
        return rules.findByKindOrderByPositionAscIdAsc(kind.name()).stream()
                        .mapToInt(AutomationRule::getPosition)
                        .max()
                        .orElse(0)
                + 1;
    }

    private AutomationRule load(RuleKind kind, long id) {
        return rules.findById(id)
                .filter(r -> r.getKind().equals(kind.name()))
                .orElseThrow(() -> new NotFoundException(kind == RuleKind.TRIGGER ? "Trigger" : "Time rule", id));
    }

    private static Map<String, Object> snapshot(AutomationRule r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", r.getName());
        s.put("description", r.getDescription());
        s.put("active", r.isActive());
        s.put("position", r.getPosition());
        s.put("events", RuleBook.events(r.getEvents()));
        s.put("conditions", RuleBook.conditions(r.getConditions()));
        s.put("actions", RuleBook.actions(r.getActions()));
        return s;
    }

    private static RuleView view(AutomationRule r) {
        return new RuleView(
                r.getId(),
                RuleKind.valueOf(r.getKind()),
                r.getName(),
                r.getDescription(),
                r.isActive(),
                r.getPosition(),
                RuleBook.events(r.getEvents()),
                RuleBook.conditions(r.getConditions()),
                RuleBook.actions(r.getActions()),
                r.getCreatedAt(),
                r.getUpdatedAt(),
                r.getVersion());
    }
}
