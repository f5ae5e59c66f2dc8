package io.frontline.tickets.internal;

import io.frontline.kernel.Json;
import io.frontline.tickets.FieldType;
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
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** An admin-defined ticket field. Its key is fixed once created; values on tickets are validated by its type. */
@Entity
@Table(name = "ticket_field")
public class FieldDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_field_seq")
    @SequenceGenerator(name = "ticket_field_seq", sequenceName = "ticket_field_seq", allocationSize = 50)
    private Long id;

    private String fieldKey;
    private String label;

    @Enumerated(EnumType.STRING)
    private FieldType type;

    private String options;
    private boolean requiredToSolve;
    private boolean active;
    private int position;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected FieldDefinition() {}

    public FieldDefinition(String key, String label, FieldType type, List<String> options, Instant now) {
        this.fieldKey = key;
        this.label = label;
        this.type = type;
        setOptions(options);
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return fieldKey;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public FieldType getType() {
        return type;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Json.read(options, new TypeReference<List<String>>() {});
    }

    public void setOptions(List<String> options) {
        this.options = options == null || options.isEmpty() ? null : Json.write(options);
    }

    public boolean isRequiredToSolve() {
        return requiredToSolve;
    }

    public void setRequiredToSolve(boolean requiredToSolve) {
        this.requiredToSolve = requiredToSolve;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
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
