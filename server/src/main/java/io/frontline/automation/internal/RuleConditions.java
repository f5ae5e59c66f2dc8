package io.frontline.automation.internal;

import io.frontline.automation.Condition;
import io.frontline.automation.Conditions;
import io.frontline.customers.OrganizationView;
import io.frontline.kernel.FieldViolation;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import io.frontline.tickets.Tickets;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fields rules test, their operators, the validation of a rule's conditions and their evaluation on facts. */
public final class RuleConditions {

    enum Kind {
        /** One of a fixed set of lower-case words. */
        WORD,
        /** An agent or team id. */
        ID,
        TEXT,
        TAGS,
        NUMBER
    }

    record Field(Kind kind, Set<String> words, Function<Facts, Object> read) {}

    private static final Set<String> HOURS_FIELDS = Set.of(
            "hours_since_created",
            "hours_since_updated",
            "hours_in_status",
            "hours_since_customer_message",
            "hours_since_agent_reply",
            "hours_until_sla_due");

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("status", word(TicketStatus.values(), f -> f.status())),
            Map.entry("priority", word(Priority.values(), f -> f.priority())),
            Map.entry("type", word(TicketType.values(), f -> f.type())),
            Map.entry("channel", word(Channel.values(), f -> f.ticket().channel())),
            Map.entry("team", new Field(Kind.ID, Set.of(), Facts::teamId)),
            Map.entry("assignee", new Field(Kind.ID, Set.of(), Facts::assigneeId)),
            Map.entry("tags", new Field(Kind.TAGS, Set.of(), Facts::tags)),
            Map.entry("subject", new Field(Kind.TEXT, Set.of(), f -> f.ticket().subject())),
            Map.entry("text", new Field(Kind.TEXT, Set.of(), Facts::text)),
            Map.entry(
                    "requester.email",
                    new Field(
                            Kind.TEXT,
                            Set.of(),
                            f -> f.requester() == null ? null : f.requester().email())),
            Map.entry(
                    "requester.name",
                    new Field(
                            Kind.TEXT,
                            Set.of(),
                            f -> f.requester() == null ? null : f.requester().name())),
            Map.entry(
                    "language",
                    new Field(
                            Kind.TEXT,
                            Set.of(),
                            f -> f.requester() == null ? null : f.requester().language())),
            Map.entry("organization.name", new Field(Kind.TEXT, Set.of(), f -> orgName(f.organization()))),
            Map.entry(
                    "organization.tier",
                    new Field(
                            Kind.WORD,
                            Set.of("standard", "premium", "vip"),
                            f -> f.organization() == null
                                    ? null
                                    : f.organization().tier())),
            Map.entry(
                    "message_count",
                    new Field(Kind.NUMBER, Set.of(), f -> f.ticket().messageCount())),
            Map.entry("business_hours", new Field(Kind.WORD, Set.of("open", "closed"), RuleConditions::openOrClosed)),
            Map.entry("hour_of_day", new Field(Kind.NUMBER, Set.of(), f -> local(f).getHour())),
            Map.entry(
                    "weekday",
                    new Field(
                            Kind.WORD,
                            Arrays.stream(DayOfWeek.values())
                                    .map(RuleConditions::day)
                                    .collect(Collectors.toSet()),
                            f -> day(local(f).getDayOfWeek()))),
            Map.entry("hours_since_created", hours(f -> f.ticket().createdAt(), false)),
            Map.entry("hours_since_updated", hours(f -> f.ticket().updatedAt(), false)),
            Map.entry("hours_in_status", hours(f -> f.ticket().statusChangedAt(), false)),
            Map.entry("hours_since_customer_message", hours(f -> f.ticket().lastCustomerMessageAt(), false)),
            Map.entry("hours_since_agent_reply", hours(f -> f.ticket().lastAgentReplyAt(), false)),
            Map.entry("hours_until_sla_due", hours(f -> f.ticket().slaDueAt(), true)));

    private static final Map<Kind, Set<String>> OPS = Map.of(
            Kind.WORD, Set.of("is", "is_not", "present", "absent"),
            Kind.ID, Set.of("is", "is_not", "present", "absent"),
            Kind.TEXT, Set.of("is", "is_not", "contains", "not_contains", "present", "absent"),
            Kind.TAGS, Set.of("includes", "excludes"),
            Kind.NUMBER, Set.of("is", "at_least", "less_than", "present", "absent"));

    private RuleConditions() {}

    /** Whether a field's value depends on time passing (time rules need at least one such condition). */
    public static boolean timeBased(Condition condition) {
        return condition.field() != null && HOURS_FIELDS.contains(condition.field());
    }

    public static void validate(Conditions conditions, String prefix, List<FieldViolation> problems) {
        if (conditions == null) {
            return;
        }
        validate(conditions.all(), prefix + "all", problems);
        validate(conditions.any(), prefix + "any", problems);
    }

    private static void validate(List<Condition> list, String prefix, List<FieldViolation> problems) {
        for (int i = 0; i < list.size(); i++) {
            Condition c = list.get(i);
            String at = prefix + "[" + i + "]";
            if (c == null) {
                problems.add(new FieldViolation(at, "must not be empty"));
                continue;
            }
            Field field = field(c.field());
            if (field == null) {
                problems.add(new FieldViolation(at + ".field", "is not a field rules can test: " + c.field()));
                continue;
            }
            String op = c.op() == null ? "" : c.op();
            if (!OPS.get(field.kind()).contains(op)) {
                problems.add(new FieldViolation(
                        at + ".op",
                        "must be one of "
                                + OPS.get(field.kind()).stream().sorted().toList()));
                continue;
            }
            if (op.equals("present") || op.equals("absent")) {
                continue;
            }
            List<String> values = values(c.value());
            if (values.isEmpty()) {
                problems.add(new FieldViolation(at + ".value", "is required"));
                continue;
            }
            for (String value : values) {
                switch (field.kind()) {
                    case WORD -> {
                        if (!field.words().contains(value.toLowerCase(Locale.ROOT))) {
                            problems.add(new FieldViolation(
                                    at + ".value",
                                    "must be one of "
                                            + field.words().stream().sorted().toList()));
                        }
                    }
                    case ID -> {
                        if (!value.matches("\\d{1,18}")) {
                            problems.add(new FieldViolation(at + ".value", "must be an id"));
                        }
                    }
                    case NUMBER -> {
                        if (number(value) == null) {
                            problems.add(new FieldViolation(at + ".value", "must be a number"));
                        }
                    }
                    default -> {
                        if (value.length() > 500) {
                            problems.add(new FieldViolation(at + ".value", "must be at most 500 characters"));
                        }
                    }
                }
            }
        }
    }

    public static boolean matches(Conditions conditions, Facts facts) {
        for (Condition c : conditions.all()) {
            if (!holds(c, facts)) {
                return false;
            }
        }
        if (conditions.any().isEmpty()) {
            return true;
        }
        for (Condition c : conditions.any()) {
            if (holds(c, facts)) {
                return true;
            }
        }
        return false;
    }

    static boolean holds(Condition c, Facts facts) {
        Field field = field(c.field());
        if (field == null) {
            return false;
        }
        Object actual = field.read().apply(facts);
        List<String> wanted = values(c.value());
        return switch (c.op()) {
            case "present" -> present(actual);
            case "absent" -> !present(actual);
            case "is" -> present(actual) && wanted.stream().anyMatch(w -> same(field, actual, w));
            case "is_not" -> !present(actual) || wanted.stream().noneMatch(w -> same(field, actual, w));
            case "contains" -> actual != null && wanted.stream().anyMatch(w -> contains(actual, w));
            case "not_contains" -> actual == null || wanted.stream().noneMatch(w -> contains(actual, w));
            case "includes" -> wanted.stream().anyMatch(w -> tags(actual).contains(Tickets.normalizeTag(w)));
            case "excludes" -> wanted.stream().noneMatch(w -> tags(actual).contains(Tickets.normalizeTag(w)));
            case "at_least" -> compare(actual, wanted) >= 0;
            case "less_than" -> present(actual) && compare(actual, wanted) < 0;
            default -> false;
        };
    }

    private static Field field(String name) {
        if (name == null) {
            return null;
        }
        if (name.startsWith("custom.") && name.length() > 7) {
            String key = name.substring(7);
            return new Field(Kind.TEXT, Set.of(), f -> f.custom().get(key));
        }
        return FIELDS.get(name);
    }

    static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        String one = String.valueOf(value);
        return one.isBlank() ? List.of() : List.of(one.strip());
    }

    private static boolean present(Object actual) {
        return actual != null && !(actual instanceof String s && s.isBlank());
    }

    private static boolean same(Field field, Object actual, String wanted) {
        if (field.kind() == Kind.NUMBER) {
            BigDecimal a = number(String.valueOf(actual));
            BigDecimal w = number(wanted);
            return a != null && w != null && a.compareTo(w) == 0;
        }
        String text = actual instanceof Enum<?> e ? e.name() : String.valueOf(actual);
        BigDecimal a = number(text);
        BigDecimal w = number(wanted);
        if (a != null && w != null) {
            return a.compareTo(w) == 0;
        }
        return text.equalsIgnoreCase(wanted);
    }

    private static boolean contains(Object actual, String wanted) {
        return String.valueOf(actual).toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }

    /** Compares with the first wanted value; an absent actual value compares below everything. */
    private static int compare(Object actual, List<String> wanted) {
        BigDecimal w = wanted.isEmpty() ? null : number(wanted.getFirst());
        BigDecimal a = actual == null ? null : number(String.valueOf(actual));
        if (w == null || a == null) {
            return -1;
        }
        return a.compareTo(w);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> tags(Object actual) {
        return actual instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Field word(Enum<?>[] values, Function<Facts, Object> read) {
        return new Field(
                Kind.WORD,
                Arrays.stream(values)
                        .map(v -> v.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()),
                read);
    }

    /** Hours between then and now (negative in the future); {@code until} counts from now to then instead. */
    private static Field hours(Function<Facts, Instant> at, boolean until) {
        return new Field(Kind.NUMBER, Set.of(), f -> {
            Instant then = at.apply(f);
            if (then == null) {
                return null;
            }
            Duration d = until ? Duration.between(f.now(), then) : Duration.between(then, f.now());
            return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 4, java.math.RoundingMode.FLOOR);
        });
    }

    private static String orgName(OrganizationView organization) {
        return organization == null ? null : organization.name();
    }

    private static String openOrClosed(Facts f) {
        return f.calendar().isOpen(f.now()) ? "open" : "closed";
    }

    private static ZonedDateTime local(Facts f) {
        return f.now().atZone(f.calendar().zone());
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    /** Every field name rules can test, for the editor's pick list. */
    public static List<String> fieldNames() {
        List<String> names = new ArrayList<>(FIELDS.keySet());
        names.add("custom.<key>");
        names.sort(null);
        return names;
    }
}
