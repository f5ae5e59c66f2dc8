package io.frontline.tickets;

import io.frontline.customers.CustomerDirectory;
import io.frontline.kernel.Cursor;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.internal.Message;
import io.frontline.tickets.internal.Ticket;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every message of a customer's (or an organization's) tickets across all channels, newest first. */
@Service
public class Timelines {

    private static final int EXCERPT = 280;

    private final EntityManager entityManager;
    private final CustomerDirectory customers;

    Timelines(EntityManager entityManager, CustomerDirectory customers) {
        this.entityManager = entityManager;
        this.customers = customers;
    }

    @Transactional(readOnly = true)
    public Page<TimelineEntry> forCustomer(long customerId, String cursor, int limit) {
        if (customers.find(customerId).isEmpty()) {
            throw new NotFoundException("Customer", customerId);
        }
        return query("t.requesterId", customerId, cursor, limit);
    }

    @Transactional(readOnly = true)
    public Page<TimelineEntry> forOrganization(long organizationId, String cursor, int limit) {
        return query("t.organizationId", organizationId, cursor, limit);
    }

    private Page<TimelineEntry> query(String owner, long ownerId, String cursor, int limit) {
        int size = Math.clamp(limit, 1, 200);
        String keyset = cursor == null ? "" : " and (m.createdAt < :at or (m.createdAt = :at and m.id < :id))";
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select m, t from Message m join Ticket t on t.id = m.ticketId where " + owner + " = :owner" + keyset
                        + " order by m.createdAt desc, m.id desc",
                Object[].class);
        query.setParameter("owner", ownerId);
        if (cursor != null) {
            Cursor.Position position = Cursor.position(cursor, "timeline");
            query.setParameter("at", position.at());
            query.setParameter("id", position.id());
        }
        query.setMaxResults(size + 1);
        List<Object[]> rows = query.getResultList();
        List<TimelineEntry> items =
                rows.stream().limit(size).map(Timelines::entry).toList();
        String next = rows.size() > size
                ? Cursor.of("timeline", items.getLast().at(), items.getLast().messageId())
                : null;
        return new Page<>(items, next);
    }

    private static TimelineEntry entry(Object[] row) {
        Message m = (Message) row[0];
        Ticket t = (Ticket) row[1];
        String body = m.getBodyText() == null ? "" : m.getBodyText().strip();
        return new TimelineEntry(
                m.getCreatedAt(),
                t.getId(),
                t.getSubject(),
                t.getStatus(),
                m.getId(),
                m.getChannel(),
                m.getVisibility(),
                new MessageView.Author(
                        m.getAuthorType().name().toLowerCase(Locale.ROOT), m.getAuthorId(), m.getAuthorName()),
                body.length() > EXCERPT ? body.substring(0, EXCERPT - 1) + "…" : body);
    }
}
