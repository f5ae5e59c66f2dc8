package io.frontline.customers.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's note about a customer, shown on the profile; never visible to the customer. */
@Entity
@Table(name = "customer_note")
public class CustomerNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_note_seq")
    @SequenceGenerator(name = "customer_note_seq", sequenceName = "customer_note_seq", allocationSize = 50)
    private Long id;

    private long customerId;
    private Long authorId;
    private String authorName;
    private String body;
    private Instant createdAt;

    protected CustomerNote() {}

    public CustomerNote(long customerId, Long authorId, String authorName, String body, Instant createdAt) {
        this.customerId = customerId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
