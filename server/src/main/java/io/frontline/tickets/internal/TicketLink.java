package io.frontline.tickets.internal;

import io.frontline.tickets.LinkKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A directed link: {@code ticketId} is related to, follows up on, or was merged into {@code otherId}. */
@Entity
@Table(name = "ticket_link")
public class TicketLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_link_seq")
    @SequenceGenerator(name = "ticket_link_seq", sequenceName = "ticket_link_seq", allocationSize = 50)
    private Long id;

    private long ticketId;
    private long otherId;

    @Enumerated(EnumType.STRING)
    private LinkKind kind;

    private Instant createdAt;

    protected TicketLink() {}

    public TicketLink(long ticketId, long otherId, LinkKind kind, Instant createdAt) {
        this.ticketId = ticketId;
        this.otherId = otherId;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public long getOtherId() {
        return otherId;
    }

    public LinkKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
