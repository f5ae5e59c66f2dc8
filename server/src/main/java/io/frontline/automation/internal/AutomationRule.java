package io.frontline.automation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A trigger or a time rule; conditions and actions are kept as JSON. */
@Entity
@Table(name = "automation_rule")
public class AutomationRule {

    public static final String TRIGGER = "TRIGGER";
    public static final String TIME_RULE = "TIME_RULE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "automation_rule_seq")
    @SequenceGenerator(name = "automation_rule_seq", sequenceName = "automation_rule_seq", allocationSize = 50)
    private Long id;

    private String kind;
    private String name;
    private String description;
    private boolean active;
    private int position;
    private String events;
    private String conditions;
    private String actions;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected AutomationRule() {}

    public AutomationRule(String kind, Instant now) {
        this.kind = kind;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            String name,
            String description,
            boolean active,
            int position,
            String events,
            String conditions,
            String actions,
            Instant now) {
        this.name = name;
        this.description = description;
        this.active = active;
        this.position = position;
        this.events = events;
        this.conditions = conditions;
        this.actions = actions;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    public String getEvents() {
        return events;
    }

    public String getConditions() {
        return conditions;
    }

    public String getActions() {
        return actions;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
