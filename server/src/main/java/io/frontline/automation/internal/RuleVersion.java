package io.frontline.automation.internal;

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

/** One saved state of an automation rule, as JSON, with who saved it. Never changed after it is written. */
@Entity
@Table(name = "rule_version")
public class RuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_version_seq")
    @SequenceGenerator(name = "rule_version_seq", sequenceName = "rule_version_seq", allocationSize = 50)
    private Long id;

    private String kind;
    private long ruleId;
    private int number;
    private String action;
    private String snapshot;

    @Enumerated(EnumType.STRING)
    private Actor.Type actorType;

    private Long actorId;
    private String actorName;
    private Instant changedAt;

    protected RuleVersion() {}

    public RuleVersion(
            String kind, long ruleId, int number, String action, String snapshot, Actor actor, Instant changedAt) {
        this.kind = kind;
        this.ruleId = ruleId;
        this.number = number;
        this.action = action;
        this.snapshot = snapshot;
        this.actorType = actor.type();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getRuleId() {
        return ruleId;
    }

    public int getNumber() {
        return number;
    }

    public String getAction() {
        return action;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public Actor getActor() {
        return new Actor(actorType, actorId, actorName);
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
