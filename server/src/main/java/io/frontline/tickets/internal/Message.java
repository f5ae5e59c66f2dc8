package io.frontline.tickets.internal;

import io.frontline.kernel.Actor;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Visibility;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A public reply or an internal note on a ticket. The HTML body is stored sanitized; the plain text is indexed as a
 * document of its own that names its ticket.
 */
@Entity
@Indexed(index = "message")
@Table(name = "message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    private Long id;

    @GenericField(projectable = Projectable.YES)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    private Actor.Type authorType;

    private Long authorId;
    private String authorName;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @FullTextField(analyzer = "frontline_text", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    private String bodyText;

    private String bodyHtml;

    @GenericField
    private Instant createdAt;

    @ManyToMany
    @JoinTable(
            name = "message_attachment",
            joinColumns = @JoinColumn(name = "message_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    protected Message() {}

    public Message(
            long ticketId,
            Visibility visibility,
            Actor author,
            Channel channel,
            String bodyText,
            String bodyHtml,
            List<Attachment> attachments,
            Instant createdAt) {
        this.ticketId = ticketId;
        this.visibility = visibility;
        this.authorType = author.type();
        this.authorId = author.id();
        this.authorName = author.name();
        this.channel = channel;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.attachments.addAll(attachments);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Actor.Type getAuthorType() {
        return authorType;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }
}
