package io.frontline.tickets.internal;

import io.frontline.kernel.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of a ticket's history: who did what, when, from which value to which. Never updated. */
@Entity
@Table(name = "ticket_event")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    private Long id;

    private long ticketId;
    private Instant at;

    @Enumerated(EnumType.STRING)
    private Actor.Type actorType;

    private Long actorId;
    private String actorName;
    private String kind;
    private String field;
    private String fromValue;
    private String toValue;

    protected HistoryEntry() {}

    public HistoryEntry(
            long ticketId, Instant at, Actor actor, String kind, String field, String fromValue, String toValue) {
        this.ticketId = ticketId;
        this.at = at;
        this.actorType = actor.type();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.kind = kind;
        this.field = field;
        this.fromValue = truncate(fromValue);
        this.toValue = truncate(toValue);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1997) + "...";
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public Instant getAt() {
        return at;
    }

    public Actor.Type getActorType() {
        return actorType;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getKind() {
        return kind;
    }

    public String getField() {
        return field;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }
}
