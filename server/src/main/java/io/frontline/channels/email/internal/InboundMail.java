package io.frontline.channels.email.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A raw message as it arrived (the bytes are in {@link RawMailStore}) and what became of it. */
@Entity
@Table(name = "inbound_mail")
public class InboundMail {

    /** Where the bytes came from. */
    public enum Source {
        IMAP,
        HTTP
    }

    /** {@code RECEIVED}: stored, not yet processed (or processing was cut off); the others are final. */
    public enum State {
        RECEIVED,
        PROCESSED,
        QUARANTINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
    @SequenceGenerator(name = "inbound_mail_seq", sequenceName = "inbound_mail_seq", allocationSize = 50)
    private Long id;

    private Long mailboxId;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String sourceRef;
    private String sha256;
    private long size;
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private State state;

    private String outcome;
    private String headerMessageId;
    private String fromAddress;
    private String subject;
    private Long ticketId;
    private Long messageId;
    private String error;
    private int attempts;
    private Instant processedAt;

    protected InboundMail() {}

    public InboundMail(Long mailboxId, Source source, String sourceRef, String sha256, long size, Instant now) {
        this.mailboxId = mailboxId;
        this.source = source;
        this.sourceRef = sourceRef;
        this.sha256 = sha256;
        this.size = size;
        this.receivedAt = now;
        this.state = State.RECEIVED;
    }

    public void describe(String headerMessageId, String fromAddress, String subject) {
        this.headerMessageId = clip(headerMessageId, 998);
        this.fromAddress = clip(fromAddress, 320);
        this.subject = clip(subject, 500);
    }

    public void processed(String outcome, Long ticketId, Long messageId, Instant now) {
        this.state = State.PROCESSED;
        this.outcome = outcome;
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.error = null;
        this.processedAt = now;
        this.attempts++;
    }

    public void quarantined(String error, Instant now) {
        this.state = State.QUARANTINED;
        this.outcome = "quarantined";
        this.error = clip(error, 4000);
        this.processedAt = now;
        this.attempts++;
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Long getMailboxId() {
        return mailboxId;
    }

    public void setMailboxId(Long mailboxId) {
        this.mailboxId = mailboxId;
    }

    public Source getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public State getState() {
        return state;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getHeaderMessageId() {
        return headerMessageId;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getSubject() {
        return subject;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getMessageId() {
        return messageId;
    }

    public String getError() {
        return error;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
