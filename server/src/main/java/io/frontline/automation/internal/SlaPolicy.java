package io.frontline.automation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Targets for tickets that meet the policy's conditions, in minutes of business or calendar time. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
    @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String description;
    private boolean active;
    private int position;
    private String conditions;
    private Integer firstReplyMinutes;
    private Integer nextReplyMinutes;
    private Integer resolutionMinutes;
    private boolean businessHours;
    private int warnPercent;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected SlaPolicy() {}

    public SlaPolicy(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            String name,
            String description,
            boolean active,
            int position,
            String conditions,
            Integer firstReplyMinutes,
            Integer nextReplyMinutes,
            Integer resolutionMinutes,
            boolean businessHours,
            int warnPercent,
            Instant now) {
        this.name = name;
        this.description = description;
        this.active = active;
        this.position = position;
        this.conditions = conditions;
        this.firstReplyMinutes = firstReplyMinutes;
        this.nextReplyMinutes = nextReplyMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.businessHours = businessHours;
        this.warnPercent = warnPercent;
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

    public int getPosition() {
        return position;
    }

    public String getConditions() {
        return conditions;
    }

    public Integer getFirstReplyMinutes() {
        return firstReplyMinutes;
    }

    public Integer getNextReplyMinutes() {
        return nextReplyMinutes;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public boolean isBusinessHours() {
        return businessHours;
    }

    public int getWarnPercent() {
        return warnPercent;
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
