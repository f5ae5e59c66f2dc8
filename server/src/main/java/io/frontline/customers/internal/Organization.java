package io.frontline.customers.internal;

import io.frontline.customers.OrganizationTier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A customer organization. Indexed for full-text search by name and email domains. */
@Entity
@Indexed(index = "organization")
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;

    @FullTextField(analyzer = "frontline_text", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "name_prefix", analyzer = "frontline_prefix", searchAnalyzer = "frontline_prefix_query")
    private String name;

    @FullTextField(analyzer = "frontline_text", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "domains_prefix", analyzer = "frontline_prefix", searchAnalyzer = "frontline_prefix_query")
    @ElementCollection
    @CollectionTable(name = "organization_domain", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "domain")
    private Set<String> domains = new LinkedHashSet<>();

    private Long accountManagerId;

    @Enumerated(EnumType.STRING)
    private OrganizationTier tier;

    private String notes;

    @GenericField
    private Long mergedIntoId;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Organization() {}

    public Organization(String name, OrganizationTier tier, Instant now) {
        this.name = name;
        this.tier = tier;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes over missing attributes of a duplicate, which is marked as merged; the service moves the domains. */
    public void absorb(Organization duplicate, Instant now) {
        if (accountManagerId == null) accountManagerId = duplicate.accountManagerId;
        if (notes == null) notes = duplicate.notes;
        duplicate.mergedIntoId = id;
        duplicate.updatedAt = now;
        updatedAt = now;
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

    public Set<String> getDomains() {
        return domains;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public void setAccountManagerId(Long accountManagerId) {
        this.accountManagerId = accountManagerId;
    }

    public OrganizationTier getTier() {
        return tier;
    }

    public void setTier(OrganizationTier tier) {
        this.tier = tier;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
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

    public long getVersion() {
        return version;
    }
}
