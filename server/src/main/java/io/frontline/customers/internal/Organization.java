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

@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;

    private String name;

    @ElementCollection
    @CollectionTable(name = "organization_domain", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "domain")
    private Set<String> domains = new LinkedHashSet<>();

    private Long accountManagerId;

    @Enumerated(EnumType.STRING)
    private OrganizationTier tier;

    private String notes;
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
