package io.frontline.tickets.web;

import io.frontline.kernel.Json;
import io.frontline.tickets.Channel;
import io.frontline.tickets.FieldCondition;
import io.frontline.tickets.Priority;
import io.frontline.tickets.RelativeTime;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The filter behind a view. {@code assignee} is {@code me}, {@code none}, an agent id or {@code null} for anyone;
 * several {@code teamIds} mean any of them; the tickets carry every one of {@code tags}; every field condition holds.
 */
record ViewFilter(
        Set<TicketStatus> statuses,
        Set<Priority> priorities,
        Set<Channel> channels,
        Set<TicketType> types,
        List<Long> teamIds,
        String assignee,
        Set<String> tags,
        Dates created,
        Dates updated,
        List<FieldCondition> fields,
        TicketQuery.Sort sort) {

    static final Set<TicketStatus> ACTIVE =
            EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD);

    /**
     * A date filter: whole UTC days ({@code to} included) and spans counted back from the moment the view is read
     * ("in the last 7 days", "more than 3 days ago"), so a saved view keeps meaning the same thing tomorrow. All that
     * are set must hold.
     */
    record Dates(LocalDate from, LocalDate to, RelativeTime within, RelativeTime olderThan) {

        static final Dates ANY = new Dates(null, null, null, null);

        /** The earliest instant included, as of {@code now}. */
        Instant after(Instant now) {
            Instant day =
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant span = within == null ? null : within.before(now);
            return later(day, span);
        }

        /** The first instant excluded, as of {@code now}. */
        Instant before(Instant now) {
            Instant day = to == null
                    ? null
                    : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant span = olderThan == null ? null : olderThan.before(now);
            return day == null ? span : span == null ? day : (day.isBefore(span) ? day : span);
        }

        private static Instant later(Instant a, Instant b) {
            return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
        }
    }

    ViewFilter {
        statuses = statuses == null ? EnumSet.noneOf(TicketStatus.class) : statuses;
        priorities = priorities == null ? EnumSet.noneOf(Priority.class) : priorities;
        channels = channels == null ? EnumSet.noneOf(Channel.class) : channels;
        types = types == null ? EnumSet.noneOf(TicketType.class) : types;
        teamIds = teamIds == null ? List.of() : teamIds;
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(tags));
        created = created == null ? Dates.ANY : created;
        updated = updated == null ? Dates.ANY : updated;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    static ViewFilter of(Set<TicketStatus> statuses) {
        return new ViewFilter(statuses, null, null, null, null, null, null, null, null, null, null);
    }

    ViewFilter withAssignee(String value) {
        return new ViewFilter(
                statuses, priorities, channels, types, teamIds, value, tags, created, updated, fields, sort);
    }

    ViewFilter withTeams(List<Long> value) {
        return new ViewFilter(
                statuses, priorities, channels, types, value, assignee, tags, created, updated, fields, sort);
    }

    ViewFilter withPriorities(Set<Priority> value) {
        return new ViewFilter(
                statuses, value, channels, types, teamIds, assignee, tags, created, updated, fields, sort);
    }

    ViewFilter withUpdated(Dates value, TicketQuery.Sort order) {
        return new ViewFilter(
                statuses, priorities, channels, types, teamIds, assignee, tags, created, value, fields, order);
    }

    TicketQuery.Sort sortOrDefault() {
        return sort == null ? TicketQuery.Sort.UPDATED_DESC : sort;
    }

    /**
     * One query per team (the finder filters on one team at a time); all share the cursor, which is a position. Spans
     * such as "in the last 7 days" are counted back from {@code now}.
     */
    List<TicketQuery> queries(long agentId, Instant now, String cursor, int limit) {
        Long assigneeId = switch (assignee == null ? "" : assignee) {
            case "" -> null;
            case "me" -> agentId;
            case "none" -> TicketQuery.UNASSIGNED;
            default -> Long.valueOf(assignee);
        };
        List<Long> teams = teamIds.isEmpty() ? Collections.singletonList(null) : teamIds;
        List<TicketQuery> queries = new ArrayList<>();
        for (Long team : teams) {
            queries.add(new TicketQuery(
                    statuses,
                    assigneeId,
                    team,
                    null,
                    null,
                    tags,
                    priorities,
                    channels,
                    types,
                    created.after(now),
                    created.before(now),
                    updated.after(now),
                    updated.before(now),
                    fields,
                    sortOrDefault(),
                    cursor,
                    limit));
        }
        return queries;
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("statuses", names(statuses));
        json.put("priorities", names(priorities));
        json.put("channels", names(channels));
        json.put("types", names(types));
        json.put("teamIds", teamIds);
        json.put("assignee", assignee);
        json.put("tags", List.copyOf(tags));
        dates(json, "created", created);
        dates(json, "updated", updated);
        json.put("fields", fields.stream().map(ViewFilter::fieldJson).toList());
        json.put("sort", sortOrDefault().param());
        return Json.write(json);
    }

    /** Reads a stored filter, including those saved before types, several tags, spans and fields existed. */
    static ViewFilter fromJson(String text) {
        Map<String, Object> json = Json.readMap(text);
        Set<String> tags = new TreeSet<>();
        if (json.get("tags") instanceof List<?> list) {
            list.forEach(tag -> tags.add(String.valueOf(tag)));
        }
        if (json.get("tag") instanceof String tag) {
            tags.add(tag);
        }
        List<FieldCondition> fields = new ArrayList<>();
        if (json.get("fields") instanceof List<?> list) {
            list.forEach(field -> fields.add(fieldCondition((Map<?, ?>) field)));
        }
        return new ViewFilter(
                enums(json.get("statuses"), TicketStatus::valueOf, TicketStatus.class),
                enums(json.get("priorities"), Priority::valueOf, Priority.class),
                enums(json.get("channels"), Channel::valueOf, Channel.class),
                enums(json.get("types"), TicketType::valueOf, TicketType.class),
                json.get("teamIds") instanceof List<?> ids
                        ? ids.stream().map(id -> ((Number) id).longValue()).toList()
                        : List.of(),
                (String) json.get("assignee"),
                tags,
                dates(json, "created"),
                dates(json, "updated"),
                fields,
                TicketQuery.Sort.parse((String) json.get("sort")));
    }

    private static void dates(Map<String, Object> json, String prefix, Dates dates) {
        json.put(prefix + "From", text(dates.from()));
        json.put(prefix + "To", text(dates.to()));
        json.put(prefix + "Within", text(dates.within()));
        json.put(prefix + "OlderThan", text(dates.olderThan()));
    }

    private static Dates dates(Map<String, Object> json, String prefix) {
        return new Dates(
                date(json.get(prefix + "From")),
                date(json.get(prefix + "To")),
                json.get(prefix + "Within") instanceof String s ? RelativeTime.parse(s) : null,
                json.get(prefix + "OlderThan") instanceof String s ? RelativeTime.parse(s) : null);
    }

    private static Map<String, Object> fieldJson(FieldCondition condition) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", condition.key());
        switch (condition) {
            case FieldCondition.Is is -> {
                json.put("kind", "is");
                json.put("value", is.value());
            }
            case FieldCondition.Checked checked -> {
                json.put("kind", "checked");
                json.put("value", checked.checked());
            }
            case FieldCondition.NumberBetween between -> {
                json.put("kind", "number");
                json.put("min", between.min() == null ? null : between.min().toPlainString());
                json.put("max", between.max() == null ? null : between.max().toPlainString());
            }
            case FieldCondition.DateBetween between -> {
                json.put("kind", "date");
                json.put("min", text(between.from()));
                json.put("max", text(between.to()));
            }
        }
        return json;
    }

    private static FieldCondition fieldCondition(Map<?, ?> json) {
        String key = (String) json.get("key");
        return switch ((String) json.get("kind")) {
            case "is" -> new FieldCondition.Is(key, (String) json.get("value"));
            case "checked" -> new FieldCondition.Checked(key, Boolean.TRUE.equals(json.get("value")));
            case "number" ->
                new FieldCondition.NumberBetween(
                        key,
                        json.get("min") instanceof String min ? new BigDecimal(min) : null,
                        json.get("max") instanceof String max ? new BigDecimal(max) : null);
            case "date" -> new FieldCondition.DateBetween(key, date(json.get("min")), date(json.get("max")));
            default -> throw new IllegalArgumentException("unknown field condition " + json.get("kind"));
        };
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Object raw, Function<String, E> parse, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (raw instanceof List<?> list) {
            list.forEach(v -> set.add(parse.apply(String.valueOf(v).toUpperCase(Locale.ROOT))));
        }
        return set;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate date(Object raw) {
        return raw instanceof String s && !s.isBlank() ? LocalDate.parse(s) : null;
    }
}
