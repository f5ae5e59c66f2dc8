package io.frontline.automation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A macro; its actions are kept as JSON. Usage is counted with a plain UPDATE (see the migration). */
@Entity
@Table(name = "macro")
public class Macro {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "macro_seq")
    @SequenceGenerator(name = "macro_seq", sequenceName = "macro_seq", allocationSize = 50)
    private Long id;

    private String title;
    private String description;
    private String scope;
    private Long ownerId;
    private Long teamId;
    private String visibility;
    private String body;
    private String actions;
    private boolean active;
    private int position;
    private long usageCount;
    private Instant lastUsedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Macro() {}

    public Macro(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            String title,
            String description,
            String scope,
            Long ownerId,
            Long teamId,
            String visibility,
            String body,
            String actions,
            boolean active,
            int position,
            Instant now) {
        this.title = title;
        this.description = description;
        this.scope = scope;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.visibility = visibility;
        this.body = body;
        this.actions = actions;
        this.active = active;
        this.position = position;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getScope() {
        return scope;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getVisibility() {
        return visibility;
    }

    public String getBody() {
        return body;
    }

    public String getActions() {
        return actions;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    public long getUsageCount() {
        return usageCount;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
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
