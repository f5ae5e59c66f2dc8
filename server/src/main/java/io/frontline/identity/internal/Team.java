package io.frontline.identity.internal;

import io.frontline.identity.TeamKind;
import io.frontline.identity.TeamRef;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private TeamKind kind;

    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Team() {}

    public Team(String name, TeamKind kind, String description, Instant now) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public TeamRef ref() {
        return new TeamRef(id, name, kind);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TeamKind getKind() {
        return kind;
    }

    public void setKind(TeamKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
