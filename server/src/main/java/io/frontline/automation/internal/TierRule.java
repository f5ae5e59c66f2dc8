package io.frontline.automation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A tier rule: guarded changes (comma-separated) on tickets meeting the conditions (JSON) need a tier or a role. */
@Entity
@Table(name = "tier_rule")
public class TierRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_rule_seq")
    @SequenceGenerator(name = "tier_rule_seq", sequenceName = "tier_rule_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String description;
    private boolean active;
    private String conditions;
    private String guarded;
    private Integer minTier;
    private String requiresRole;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected TierRule() {}

    public TierRule(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            String name,
            String description,
            boolean active,
            String conditions,
            String guarded,
            Integer minTier,
            String requiresRole,
            Instant now) {
        this.name = name;
        this.description = description;
        this.active = active;
        this.conditions = conditions;
        this.guarded = guarded;
        this.minTier = minTier;
        this.requiresRole = requiresRole;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
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

    public String getConditions() {
        return conditions;
    }

    public String getGuarded() {
        return guarded;
    }

    public Integer getMinTier() {
        return minTier;
    }

    public String getRequiresRole() {
        return requiresRole;
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
