package io.frontline.audit.internal;

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

@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    private Long id;

    private Instant at;

    @Enumerated(EnumType.STRING)
    private Actor.Type actorType;

    private Long actorId;
    private String actorName;
    private String entityType;
    private String entityId;
    private String action;
    private String details;

    protected AuditRecord() {}

    AuditRecord(Instant at, Actor actor, String entityType, String entityId, String action, String details) {
        this.at = at;
        this.actorType = actor.type();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.details = details;
    }

    public Long getId() {
        return id;
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

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}
