package io.frontline.customers.internal;

import io.frontline.customers.CustomerRef;
import io.frontline.customers.IdentityKind;
import io.frontline.kernel.JsonMapConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

/** A customer. Indexed for full-text search with the addresses it is known under. */
@Entity
@Indexed(index = "customer")
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @FullTextField(analyzer = "frontline_text", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "name_prefix", analyzer = "frontline_prefix", searchAnalyzer = "frontline_prefix_query")
    private String name;

    private String language;
    private String timeZone;
    private Long organizationId;

    @IndexedEmbedded(includePaths = {"value", "value_prefix"})
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CustomerIdentity> identities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @GenericField
    private Long mergedIntoId;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Customer() {}

    public Customer(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public CustomerRef ref() {
        return new CustomerRef(id, name, primary(IdentityKind.EMAIL), organizationId, language);
    }

    public String primary(IdentityKind kind) {
        return identities.stream()
                .filter(i -> i.getKind() == kind)
                .map(CustomerIdentity::getValue)
                .findFirst()
                .orElse(null);
    }

    public List<String> values(IdentityKind kind) {
        return identities.stream()
                .filter(i -> i.getKind() == kind)
                .map(CustomerIdentity::getValue)
                .toList();
    }

    /** Replaces the identities of one kind, keeping the rows whose normalized value stays. */
    public void replaceIdentities(IdentityKind kind, List<String> values) {
        Set<String> wanted = new LinkedHashSet<>();
        values.forEach(v -> wanted.add(CustomerIdentity.normalize(kind, v)));
        identities.removeIf(i -> i.getKind() == kind && !wanted.contains(i.getNormalized()));
        Set<String> present = new LinkedHashSet<>();
        identities.stream().filter(i -> i.getKind() == kind).forEach(i -> present.add(i.getNormalized()));
        for (String value : values) {
            if (present.add(CustomerIdentity.normalize(kind, value))) {
                identities.add(new CustomerIdentity(this, kind, value));
            }
        }
    }

    public void addIdentity(IdentityKind kind, String value) {
        identities.add(new CustomerIdentity(this, kind, value));
    }

    /**
     * Takes over the tags and missing attributes of a duplicate, which is marked as merged. Identities move by a bulk
     * update in the service, because orphan removal would delete rows moved between collections.
     */
    public void absorb(Customer duplicate, Instant now) {
        tags.addAll(duplicate.tags);
        duplicate.customFields.forEach(customFields::putIfAbsent);
        if (language == null) language = duplicate.language;
        if (timeZone == null) timeZone = duplicate.timeZone;
        if (organizationId == null) organizationId = duplicate.organizationId;
        if ((name == null || name.isBlank()) && duplicate.name != null) name = duplicate.name;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public List<CustomerIdentity> getIdentities() {
        return identities;
    }

    public Set<String> getTags() {
        return tags;
    }

    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    public void setCustomFields(Map<String, Object> customFields) {
        this.customFields = new LinkedHashMap<>(customFields);
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
