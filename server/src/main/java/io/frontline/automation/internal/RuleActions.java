package io.frontline.automation.internal;

import io.frontline.automation.RuleAction;
import io.frontline.kernel.FieldViolation;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import io.frontline.tickets.Tickets;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validates rule actions and turns them into a plan for one ticket, applying it to the facts as it goes. */
public final class RuleActions {

    private static final Set<String> TYPES =
            Set.of("set", "add_tags", "remove_tags", "note", "reply", "webhook", "notify", "escalate");
    private static final Set<String> SETTABLE = Set.of("status", "priority", "type", "teamId", "assigneeId");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_.]+)\\s*}}");

    private RuleActions() {}

    public static void validate(List<RuleAction> actions, String prefix, List<FieldViolation> problems) {
        if (actions == null || actions.isEmpty()) {
            problems.add(new FieldViolation(prefix, "a rule needs at least one action"));
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            RuleAction a = actions.get(i);
            String at = prefix + "[" + i + "]";
            if (a == null || a.type() == null || !TYPES.contains(a.type())) {
                problems.add(new FieldViolation(
                        at + ".type",
                        "must be one of " + TYPES.stream().sorted().toList()));
                continue;
            }
            String value = a.value() == null ? null : String.valueOf(a.value()).strip();
            switch (a.type()) {
                case "set" -> validateSet(a, at, problems);
                case "add_tags", "remove_tags" -> {
                    if (RuleConditions.values(a.value()).isEmpty()) {
                        problems.add(new FieldViolation(at + ".value", "name at least one tag"));
                    }
                }
                case "note", "reply", "escalate" -> {
                    if (value == null || value.isEmpty()) {
                        problems.add(new FieldViolation(at + ".value", "is required"));
                    } else if (value.length() > 10_000) {
                        problems.add(new FieldViolation(at + ".value", "must be at most 10000 characters"));
                    }
                }
                case "notify" -> {
                    String target = a.field() == null ? "" : a.field();
                    if (!target.equals("assignee")
                            && !target.equals("team")
                            && !target.equals("leads")
                            && !target.matches("agent:\\d{1,18}")) {
                        problems.add(new FieldViolation(at + ".field", "must be assignee, team, leads or agent:<id>"));
                    }
                    if (value == null || value.isEmpty()) {
                        problems.add(new FieldViolation(at + ".value", "is required"));
                    } else if (value.length() > 2000) {
                        problems.add(new FieldViolation(at + ".value", "must be at most 2000 characters"));
                    }
                }
                case "webhook" -> {
                    if (!validUrl(a.field())) {
                        problems.add(new FieldViolation(at + ".field", "must be an http or https URL"));
                    }
                }
                default -> {}
            }
        }
    }

    private static void validateSet(RuleAction a, String at, List<FieldViolation> problems) {
        String field = a.field() == null ? "" : a.field();
        String value = a.value() == null ? null : String.valueOf(a.value()).strip();
        if (field.startsWith("custom.") && field.length() > 7) {
            return;
        }
        if (!SETTABLE.contains(field)) {
            problems.add(new FieldViolation(
                    at + ".field",
                    "must be one of " + SETTABLE.stream().sorted().toList() + " or custom.<key>"));
            return;
        }
        boolean ok = switch (field) {
            case "status" -> value != null && parse(TicketStatus.class, value) != null;
            case "priority" -> value != null && parse(Priority.class, value) != null;
            case "type" -> value == null || parse(TicketType.class, value) != null;
            default -> value == null || value.isEmpty() || value.matches("\\d{1,18}");
        };
        if (!ok) {
            problems.add(new FieldViolation(at + ".value", "is not a valid " + field));
        }
    }

    private static boolean validUrl(String url) {
        if (url == null || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The plan of these actions for the facts' ticket; the facts then show the planned field changes. */
    public static RulePlan plan(List<RuleAction> actions, Facts facts, Map<String, String> placeholders) {
        RulePlan plan = new RulePlan();
        for (RuleAction a : actions) {
            String value = a.value() == null ? null : String.valueOf(a.value()).strip();
            switch (a.type()) {
                case "set" -> set(plan, facts, a.field(), value);
                case "add_tags" -> {
                    for (String tag : RuleConditions.values(a.value())) {
                        String t = Tickets.normalizeTag(tag);
                        if (facts.tags().add(t)) {
                            plan.addTags.add(t);
                        }
                    }
                }
                case "remove_tags" -> {
                    for (String tag : RuleConditions.values(a.value())) {
                        String t = Tickets.normalizeTag(tag);
                        if (facts.tags().remove(t)) {
                            plan.removeTags.add(t);
                        }
                    }
                }
                case "note" -> plan.notes.add(render(value, placeholders));
                case "reply" -> plan.replies.add(render(value, placeholders));
                case "notify" -> plan.notifications.add(new RulePlan.Notify(a.field(), render(value, placeholders)));
                case "webhook" ->
                    plan.webhooks.add(new RulePlan.Webhook(
                            a.field().strip(), value == null ? null : render(value, placeholders)));
                case "escalate" -> plan.escalation = render(value, placeholders);
                default -> {}
            }
        }
        return plan;
    }

    private static void set(RulePlan plan, Facts facts, String field, String value) {
        String v = value == null || value.isEmpty() ? null : value;
        switch (field) {
            case "status" -> {
                TicketStatus status = parse(TicketStatus.class, v);
                if (status != facts.status()) {
                    plan.present.add("status");
                    plan.status = status;
                    facts.setStatus(status);
                }
            }
            case "priority" -> {
                Priority priority = parse(Priority.class, v);
                if (priority != facts.priority()) {
                    plan.present.add("priority");
                    plan.priority = priority;
                    facts.setPriority(priority);
                }
            }
            case "type" -> {
                TicketType type = v == null ? null : parse(TicketType.class, v);
                if (type != facts.type()) {
                    plan.present.add("type");
                    plan.type = type;
                    facts.setType(type);
                }
            }
            case "teamId" -> {
                Long team = v == null ? null : Long.valueOf(v);
                if (!java.util.Objects.equals(team, facts.teamId())) {
                    plan.present.add("teamId");
                    plan.teamId = team;
                    facts.setTeamId(team);
                }
            }
            case "assigneeId" -> {
                Long agent = v == null ? null : Long.valueOf(v);
                if (!java.util.Objects.equals(agent, facts.assigneeId())) {
                    plan.present.add("assigneeId");
                    plan.assigneeId = agent;
                    facts.setAssigneeId(agent);
                }
            }
            default -> {
                String key = field.substring("custom.".length());
                if (!java.util.Objects.equals(facts.custom().get(key), v)) {
                    plan.custom.put(key, v);
                    facts.custom().put(key, v);
                }
            }
        }
    }

    /** The placeholder names a template uses, in order of appearance. */
    public static Set<String> placeholderNames(String template) {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Replaces {@code {{name}}} with its value; unknown names become empty. */
    public static String render(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
