package io.frontline.tickets.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A custom view: a named ticket filter of one agent, optionally shared with one team. Filters are a JSON document. */
@Entity
@Table(name = "saved_view")
public class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_view_seq")
    @SequenceGenerator(name = "saved_view_seq", sequenceName = "saved_view_seq", allocationSize = 50)
    private Long id;

    private String name;
    private long ownerId;
    private Long teamId;
    private String filters;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedView() {}

    public SavedView(String name, long ownerId, Long teamId, String filters, Instant now) {
        this.name = name;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.filters = filters;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(String name, Long teamId, String filters, Instant now) {
        this.name = name;
        this.teamId = teamId;
        this.filters = filters;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getFilters() {
        return filters;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
