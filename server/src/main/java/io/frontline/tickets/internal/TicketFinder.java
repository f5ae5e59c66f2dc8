package io.frontline.tickets.internal;

import io.frontline.kernel.Cursor;
import io.frontline.tickets.FieldCondition;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Runs ticket list queries with keyset paging over (sort column, id). */
@Component
public class TicketFinder {

    public record Result(List<Ticket> tickets, String nextCursor) {}

    private final EntityManager entityManager;

    /**
     * Whether a list selects its keys first and then loads those tickets (ADR 21): H2 sorts every match of a queue
     * before it takes the first page and can sort index entries instead of whole rows (V2026_12_07_62); PostgreSQL
     * stops its index scan after the page, so one query is cheaper there.
     */
    private final boolean keysFirst;

    TicketFinder(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.keysFirst = entityManager
                        .getEntityManagerFactory()
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect()
                instanceof H2Dialect;
    }

    public Result find(TicketQuery query) {
        TicketQuery.Sort sort = query.sort() == null ? TicketQuery.Sort.CREATED_DESC : query.sort();
        Map<String, Object> params = new LinkedHashMap<>();
        String column = switch (sort) {
            case CREATED_DESC, CREATED_ASC -> "t.createdAt";
            case UPDATED_DESC, UPDATED_ASC -> "t.updatedAt";
            case SLA_DUE -> "coalesce(t.slaDueAt, :noDue)";
        };
        if (sort == TicketQuery.Sort.SLA_DUE) {
            params.put("noDue", TicketQuery.NO_SLA_DUE);
        }
        boolean descending = sort.descending();
        StringBuilder jpql = filtered(keysFirst ? "select t.id" : "select t", query, params);
        if (query.cursor() != null) {
            Cursor.Position after = Cursor.position(query.cursor(), sort.param());
            String op = descending ? "<" : ">";
            jpql.append(" and (")
                    .append(column)
                    .append(' ')
                    .append(op)
                    .append(" :cursorAt or (")
                    .append(column)
                    .append(" = :cursorAt and t.id ")
                    .append(op)
                    .append(" :cursorId))");
            params.put("cursorAt", after.at());
            params.put("cursorId", after.id());
        }
        String direction = descending ? " desc" : " asc";
        jpql.append(" order by ")
                .append(column)
                .append(direction)
                .append(", t.id")
                .append(direction);
        int size = Math.clamp(query.limit(), 1, 200);
        List<Ticket> found = keysFirst
                ? load(firstRows(jpql.toString(), params, Long.class, size + 1))
                : firstRows(jpql.toString(), params, Ticket.class, size + 1);
        String next = null;
        if (found.size() > size) {
            found = found.subList(0, size);
            Ticket last = found.getLast();
            Instant at = switch (sort) {
                case CREATED_DESC, CREATED_ASC -> last.getCreatedAt();
                case UPDATED_DESC, UPDATED_ASC -> last.getUpdatedAt();
                case SLA_DUE -> last.getSlaDueAt() == null ? TicketQuery.NO_SLA_DUE : last.getSlaDueAt();
            };
            next = Cursor.of(sort.param(), at, last.getId());
        }
        return new Result(found, next);
    }

    private <T> List<T> firstRows(String jpql, Map<String, Object> params, Class<T> type, int limit) {
        TypedQuery<T> typed = entityManager.createQuery(jpql, type);
        params.forEach(typed::setParameter);
        return new ArrayList<>(typed.setMaxResults(limit).getResultList());
    }

    /** The tickets of these keys, in the order of the keys (ADR 21). */
    private List<Ticket> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        Map<Long, Ticket> byId = entityManager
                .createQuery("select t from Ticket t where t.id in :ids", Ticket.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Ticket::getId, ticket -> ticket));
        List<Ticket> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Ticket ticket = byId.get(id);
            if (ticket != null) {
                ordered.add(ticket);
            }
        }
        return ordered;
    }

    /** Tickets in the statuses that entered them before {@code enteredBefore}, by (status change, id) after a key. */
    public List<Ticket> inStatusSince(
            Set<TicketStatus> statuses, Instant enteredBefore, Instant afterAt, long afterId, int limit) {
        String jpql = "select t from Ticket t where t.status in :statuses and t.statusChangedAt < :before"
                + (afterAt == null
                        ? ""
                        : " and (t.statusChangedAt > :afterAt or (t.statusChangedAt = :afterAt and t.id > :afterId))")
                + " order by t.statusChangedAt, t.id";
        TypedQuery<Ticket> query = entityManager.createQuery(jpql, Ticket.class);
        query.setParameter("statuses", statuses);
        query.setParameter("before", enteredBefore);
        if (afterAt != null) {
            query.setParameter("afterAt", afterAt);
            query.setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * How many tickets match, counting no further than {@code cap}: reads at most {@code cap} index entries, so a
     * queue badge stays cheap however large the table grows.
     */
    public int countUpTo(TicketQuery query, int cap) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder jpql = filtered("select t.id", query, params);
        TypedQuery<Long> typed = entityManager.createQuery(jpql.toString(), Long.class);
        params.forEach(typed::setParameter);
        typed.setMaxResults(cap);
        return typed.getResultList().size();
    }

    /** The cursor that continues a list after the ticket at this position, as {@link #find} would have issued it. */
    public static String cursorAfter(TicketQuery.Sort sort, Instant at, long id) {
        return Cursor.of(sort.param(), at, id);
    }

    /**
     * The query up to its order: custom field conditions join the ticket's field values by their primary key (ticket,
     * field), so each adds at most one row per ticket and the keyset order stays that of the ticket indexes.
     */
    private static StringBuilder filtered(String select, TicketQuery query, Map<String, Object> params) {
        StringBuilder joins = new StringBuilder();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        filter(query, where, params);
        int n = 0;
        for (FieldCondition condition : query.fields()) {
            fieldCondition(condition, "f" + n++, joins, where, params);
        }
        return new StringBuilder(select).append(" from Ticket t").append(joins).append(where);
    }

    private static void fieldCondition(
            FieldCondition condition,
            String alias,
            StringBuilder joins,
            StringBuilder where,
            Map<String, Object> params) {
        params.put(alias + "key", condition.key());
        String join = " join t.fieldValues " + alias + " on key(" + alias + ") = :" + alias + "key";
        switch (condition) {
            case FieldCondition.Is is -> {
                joins.append(join);
                where.append(" and ").append(alias).append(".textValue = :").append(alias);
                params.put(alias, FieldValue.text(is.value()));
            }
            case FieldCondition.Checked checked -> {
                if (checked.checked()) {
                    joins.append(join);
                    where.append(" and ").append(alias).append(".textValue = 'true'");
                } else {
                    joins.append(" left").append(join);
                    where.append(" and (")
                            .append(alias)
                            .append(".textValue is null or ")
                            .append(alias)
                            .append(".textValue <> 'true')");
                }
            }
            case FieldCondition.NumberBetween between -> {
                joins.append(join);
                range(alias + ".numberValue", alias, between.min(), between.max(), where, params);
            }
            case FieldCondition.DateBetween between -> {
                joins.append(join);
                range(alias + ".dateValue", alias, between.from(), between.to(), where, params);
            }
        }
    }

    private static void range(
            String path, String alias, Object min, Object max, StringBuilder where, Map<String, Object> params) {
        if (min == null && max == null) {
            where.append(" and ").append(path).append(" is not null");
        }
        if (min != null) {
            where.append(" and ").append(path).append(" >= :").append(alias).append("min");
            params.put(alias + "min", min instanceof BigDecimal number ? number.doubleValue() : min);
        }
        if (max != null) {
            where.append(" and ").append(path).append(" <= :").append(alias).append("max");
            params.put(alias + "max", max instanceof BigDecimal number ? number.doubleValue() : max);
        }
    }

    private static void filter(TicketQuery query, StringBuilder jpql, Map<String, Object> params) {
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            // Enum constants written into the query, not bound: PostgreSQL uses a partial index over the active
            // statuses (the unassigned queue's) only when it can see the statuses at planning time, also in the
            // generic plan it settles on for a repeated statement.
            jpql.append(" and t.status in (")
                    .append(query.statuses().stream()
                            .sorted()
                            .map(status -> TicketStatus.class.getName() + "." + status.name())
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        if (query.assigneeId() != null) {
            if (query.assigneeId() == TicketQuery.UNASSIGNED) {
                jpql.append(" and t.assigneeId is null");
            } else {
                jpql.append(" and t.assigneeId = :assigneeId");
                params.put("assigneeId", query.assigneeId());
            }
        }
        add(jpql, params, "teamId", query.teamId());
        add(jpql, params, "requesterId", query.requesterId());
        add(jpql, params, "organizationId", query.organizationId());
        int tag = 0;
        for (String value : query.tags()) {
            jpql.append(" and :tag").append(tag).append(" member of t.tags");
            params.put("tag" + tag++, value);
        }
        if (query.priorities() != null && !query.priorities().isEmpty()) {
            jpql.append(" and t.priority in :priorities");
            params.put("priorities", query.priorities());
        }
        if (query.channels() != null && !query.channels().isEmpty()) {
            jpql.append(" and t.channel in :channels");
            params.put("channels", query.channels());
        }
        if (query.types() != null && !query.types().isEmpty()) {
            jpql.append(" and t.type in :types");
            params.put("types", query.types());
        }
        if (query.createdAfter() != null) {
            jpql.append(" and t.createdAt >= :createdAfter");
            params.put("createdAfter", query.createdAfter());
        }
        if (query.createdBefore() != null) {
            jpql.append(" and t.createdAt < :createdBefore");
            params.put("createdBefore", query.createdBefore());
        }
        if (query.updatedAfter() != null) {
            jpql.append(" and t.updatedAt >= :updatedAfter");
            params.put("updatedAfter", query.updatedAfter());
        }
        if (query.updatedBefore() != null) {
            jpql.append(" and t.updatedAt < :updatedBefore");
            params.put("updatedBefore", query.updatedBefore());
        }
    }

    private static void add(StringBuilder jpql, Map<String, Object> params, String field, Long value) {
        if (value != null) {
            jpql.append(" and t.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
