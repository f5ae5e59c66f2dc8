package io.frontline.tickets;

import io.frontline.customers.CustomerDirectory;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.internal.Message;
import io.frontline.tickets.internal.Ticket;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
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
            Position position = Position.decode(cursor);
            query.setParameter("at", position.at());
            query.setParameter("id", position.id());
        }
        query.setMaxResults(size + 1);
        List<Object[]> rows = query.getResultList();
        List<TimelineEntry> items =
                rows.stream().limit(size).map(Timelines::entry).toList();
        String next = rows.size() > size
                ? new Position(items.getLast().at(), items.getLast().messageId()).encode()
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

    private record Position(Instant at, long id) {

        String encode() {
            String raw = ChronoUnit.MICROS.between(Instant.EPOCH, at) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Position(
                        Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor returned by this endpoint");
            }
        }
    }
}
