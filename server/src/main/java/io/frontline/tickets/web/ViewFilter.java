package io.frontline.tickets.web;

import io.frontline.kernel.Json;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The filter behind a view. {@code assignee} is {@code me}, {@code none}, an agent id or {@code null} for anyone;
 * several {@code teamIds} mean any of them. Dates are whole UTC days, the "to" day included.
 */
record ViewFilter(
        Set<TicketStatus> statuses,
        Set<Priority> priorities,
        Set<Channel> channels,
        List<Long> teamIds,
        String assignee,
        String tag,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate updatedFrom,
        TicketQuery.Sort sort) {

    static final Set<TicketStatus> ACTIVE =
            EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD);

    static ViewFilter of(Set<TicketStatus> statuses) {
        return new ViewFilter(statuses, Set.of(), Set.of(), List.of(), null, null, null, null, null, null);
    }

    ViewFilter withAssignee(String value) {
        return new ViewFilter(
                statuses, priorities, channels, teamIds, value, tag, createdFrom, createdTo, updatedFrom, sort);
    }

    ViewFilter withTeams(List<Long> value) {
        return new ViewFilter(
                statuses, priorities, channels, value, assignee, tag, createdFrom, createdTo, updatedFrom, sort);
    }

    ViewFilter withPriorities(Set<Priority> value) {
        return new ViewFilter(
                statuses, value, channels, teamIds, assignee, tag, createdFrom, createdTo, updatedFrom, sort);
    }

    ViewFilter withUpdatedFrom(LocalDate value, TicketQuery.Sort order) {
        return new ViewFilter(
                statuses, priorities, channels, teamIds, assignee, tag, createdFrom, createdTo, value, order);
    }

    TicketQuery.Sort sortOrDefault() {
        return sort == null ? TicketQuery.Sort.UPDATED_DESC : sort;
    }

    /** One query per team (the finder filters on one team at a time); all share the cursor, which is a position. */
    List<TicketQuery> queries(long agentId, String cursor, int limit) {
        Long assigneeId = switch (assignee == null ? "" : assignee) {
            case "" -> null;
            case "me" -> agentId;
            case "none" -> TicketQuery.UNASSIGNED;
            default -> Long.valueOf(assignee);
        };
        List<Long> teams = teamIds == null || teamIds.isEmpty() ? java.util.Collections.singletonList(null) : teamIds;
        List<TicketQuery> queries = new ArrayList<>();
        for (Long team : teams) {
            queries.add(new TicketQuery(
                    statuses,
                    assigneeId,
                    team,
                    null,
                    null,
                    tag,
                    priorities,
                    channels,
                    createdFrom == null
                            ? null
                            : createdFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    createdTo == null
                            ? null
                            : createdTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    updatedFrom == null
                            ? null
                            : updatedFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
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
        json.put("teamIds", teamIds == null ? List.of() : teamIds);
        json.put("assignee", assignee);
        json.put("tag", tag);
        json.put("createdFrom", createdFrom == null ? null : createdFrom.toString());
        json.put("createdTo", createdTo == null ? null : createdTo.toString());
        json.put("updatedFrom", updatedFrom == null ? null : updatedFrom.toString());
        json.put("sort", sortOrDefault().param());
        return Json.write(json);
    }

    static ViewFilter fromJson(String text) {
        Map<String, Object> json = Json.readMap(text);
        return new ViewFilter(
                enums(json.get("statuses"), TicketStatus::valueOf, TicketStatus.class),
                enums(json.get("priorities"), Priority::valueOf, Priority.class),
                enums(json.get("channels"), Channel::valueOf, Channel.class),
                json.get("teamIds") instanceof List<?> ids
                        ? ids.stream().map(id -> ((Number) id).longValue()).toList()
                        : List.of(),
                (String) json.get("assignee"),
                (String) json.get("tag"),
                date(json.get("createdFrom")),
                date(json.get("createdTo")),
                date(json.get("updatedFrom")),
                TicketQuery.Sort.parse((String) json.get("sort")));
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Object raw, Function<String, E> parse, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (raw instanceof List<?> list) {
            list.forEach(v -> set.add(parse.apply(String.valueOf(v).toUpperCase(Locale.ROOT))));
        }
        return set;
    }

    private static LocalDate date(Object raw) {
        return raw instanceof String s && !s.isBlank() ? LocalDate.parse(s) : null;
    }
}
