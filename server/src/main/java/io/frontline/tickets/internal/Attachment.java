package io.frontline.tickets.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file as attached to messages; its bytes live in the content-addressed store under its SHA-256. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    private String sha256;
    private String filename;
    private String contentType;
    private long size;
    private Long uploadedById;
    private Instant createdAt;

    protected Attachment() {}

    public Attachment(String sha256, String filename, String contentType, long size, Long uploadedById, Instant now) {
        this.sha256 = sha256;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.uploadedById = uploadedById;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
