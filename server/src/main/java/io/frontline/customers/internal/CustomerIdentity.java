package io.frontline.customers.internal;

import io.frontline.customers.IdentityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** An address under which a customer is known. Unique per kind across all customers. */
@Entity
@Table(name = "customer_identity")
public class CustomerIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_identity_seq")
    @SequenceGenerator(name = "customer_identity_seq", sequenceName = "customer_identity_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    private IdentityKind kind;

    @Column(name = "identity_value")
    @FullTextField(analyzer = "frontline_text", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "value_prefix", analyzer = "frontline_prefix", searchAnalyzer = "frontline_prefix_query")
    private String value;

    private String normalized;

    protected CustomerIdentity() {}

    CustomerIdentity(Customer customer, IdentityKind kind, String value) {
        this.customer = customer;
        this.kind = kind;
        this.value = value.trim();
        this.normalized = normalize(kind, value);
    }

    /** Emails compare case-insensitively; phones by their digits (and a leading +); handles case-insensitively. */
    public static String normalize(IdentityKind kind, String value) {
        String trimmed = value.trim();
        return switch (kind) {
            case EMAIL, HANDLE -> trimmed.toLowerCase(Locale.ROOT);
            case PHONE -> (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
        };
    }

    public Long getId() {
        return id;
    }

    public IdentityKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public String getNormalized() {
        return normalized;
    }
}
