package io.frontline.channels.email.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The email side of one ticket message. Inbound: its Message-ID and why it joined its ticket. Outbound: the outbox
 * entry, from {@code QUEUED} through {@code SENT} or {@code FAILED} (a bounce turns a sent one into {@code FAILED}).
 */
@Entity
@Table(name = "email_message")
public class EmailMessage {

    public enum Direction {
        IN,
        OUT
    }

    /**
     * A reply written by an agent, or the automatic acknowledgement of a new ticket; {@code NOTIFICATION} is an email
     * to an agent about one of their notifications, which is no message of the ticket and carries its own bodies;
     * {@code AGENT_NOTE} an email from an agent's address that joined a ticket and was kept as an internal note.
     */
    public enum Kind {
        CUSTOMER,
        REPLY,
        ACKNOWLEDGEMENT,
        AUTO_REPLY,
        BOUNCE,
        NOTIFICATION,
        AGENT_NOTE
    }

    public enum State {
        RECEIVED,
        QUEUED,
        SENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_message_seq")
    @SequenceGenerator(name = "email_message_seq", sequenceName = "email_message_seq", allocationSize = 50)
    private Long id;

    private Long messageId;
    private long ticketId;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String headerMessageId;
    private Long mailboxId;
    private Long inboundMailId;
    private String threadReason;
    private String recipients;
    private String cc;
    private String subject;
    private String bodyText;
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private State state;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private String failedRecipient;
    private Instant sentAt;
    private Instant createdAt;

    @Version
    private long version;

    protected EmailMessage() {}

    public static EmailMessage inbound(
            long ticketId,
            Long messageId,
            Kind kind,
            String headerMessageId,
            Long mailboxId,
            Long inboundMailId,
            String threadReason,
            String cc,
            Instant now) {
        EmailMessage m = new EmailMessage();
        m.ticketId = ticketId;
        m.messageId = messageId;
        m.direction = Direction.IN;
        m.kind = kind;
        m.headerMessageId = headerMessageId;
        m.mailboxId = mailboxId;
        m.inboundMailId = inboundMailId;
        m.threadReason = InboundMail.clip(threadReason, 1000);
        m.cc = InboundMail.clip(cc, 4000);
        m.state = State.RECEIVED;
        m.createdAt = now;
        return m;
    }

    public static EmailMessage outbound(
            long ticketId,
            Long messageId,
            Kind kind,
            String headerMessageId,
            Long mailboxId,
            String recipients,
            String cc,
            String subject,
            Instant now) {
        EmailMessage m = new EmailMessage();
        m.ticketId = ticketId;
        m.messageId = messageId;
        m.direction = Direction.OUT;
        m.kind = kind;
        m.headerMessageId = headerMessageId;
        m.mailboxId = mailboxId;
        m.recipients = InboundMail.clip(recipients, 4000);
        m.cc = InboundMail.clip(cc, 4000);
        m.subject = InboundMail.clip(subject, 1000);
        m.state = State.QUEUED;
        m.nextAttemptAt = now;
        m.createdAt = now;
        return m;
    }

    /** An email to an agent about a notification on {@code ticketId}: no ticket message, its own bodies. */
    public static EmailMessage notification(
            long ticketId,
            String headerMessageId,
            long mailboxId,
            String recipient,
            String subject,
            String bodyText,
            String bodyHtml,
            Instant now) {
        EmailMessage m =
                outbound(ticketId, null, Kind.NOTIFICATION, headerMessageId, mailboxId, recipient, null, subject, now);
        m.bodyText = InboundMail.clip(bodyText, 10000);
        m.bodyHtml = bodyHtml != null && bodyHtml.length() <= 20000 ? bodyHtml : null;
        return m;
    }

    /** Claimed for sending; if the sender dies, the lease runs out and the message is queued again. */
    public void sending(Instant leaseUntil) {
        this.state = State.SENDING;
        this.attempts++;
        this.nextAttemptAt = leaseUntil;
    }

    public void sent(Instant now) {
        this.state = State.SENT;
        this.sentAt = now;
        this.lastError = null;
        this.nextAttemptAt = null;
    }

    /** A temporary failure: tried again after {@code delay}. */
    public void retryLater(String error, Instant now, Duration delay) {
        this.state = State.QUEUED;
        this.lastError = InboundMail.clip(error, 2000);
        this.nextAttemptAt = now.plus(delay);
    }

    public void failed(String recipient, String reason) {
        this.state = State.FAILED;
        this.failedRecipient = InboundMail.clip(recipient, 320);
        this.lastError = InboundMail.clip(reason, 2000);
        this.nextAttemptAt = null;
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public long getTicketId() {
        return ticketId;
    }

    public Direction getDirection() {
        return direction;
    }

    public Kind getKind() {
        return kind;
    }

    public String getHeaderMessageId() {
        return headerMessageId;
    }

    public Long getMailboxId() {
        return mailboxId;
    }

    public Long getInboundMailId() {
        return inboundMailId;
    }

    public String getThreadReason() {
        return threadReason;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getCc() {
        return cc;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getFailedRecipient() {
        return failedRecipient;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
