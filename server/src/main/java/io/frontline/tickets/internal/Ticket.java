package io.frontline.tickets.internal;

import io.frontline.kernel.ConflictException;
import io.frontline.kernel.JsonMapConverter;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketEvents.Change;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * The ticket aggregate. Every change goes through a method that guards the rules (transitions, read-only when closed)
 * and records what changed, so that the service can write the history and publish events from one list. Indexed for
 * full-text search without its messages, which are documents of their own so that a change never re-reads a long
 * conversation.
 */
@Entity
@Indexed(index = "ticket")
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    private Long id;

    @FullTextField(analyzer = "frontline_text", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "subject_prefix", analyzer = "frontline_prefix", searchAnalyzer = "frontline_prefix_query")
    private String subject;

    @GenericField
    private long requesterId;

    @GenericField
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private TicketType type;

    @GenericField
    private Long assigneeId;

    @GenericField
    private Long teamId;

    @KeywordField
    @ElementCollection
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "ticket_follower", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "agent_id")
    private Set<Long> followerIds = new TreeSet<>();

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> customFields = new LinkedHashMap<>();

    /** The custom field values again, one row per field, for list filters; kept in step by changeCustomFields. */
    @ElementCollection
    @CollectionTable(name = "ticket_field_value", joinColumns = @JoinColumn(name = "ticket_id"))
    @MapKeyColumn(name = "field_key")
    private Map<String, FieldValue> fieldValues = new HashMap<>();

    private Long mergedIntoId;
    private Long followUpOfId;
    private int messageCount;

    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    private Instant solvedAt;
    private Instant closedAt;
    private Instant lastCustomerMessageAt;
    private Instant lastAgentReplyAt;
    private Instant statusChangedAt;

    /** When the next SLA target of the ticket falls due; kept by the automation module, read by views. */
    private Instant slaDueAt;

    @Version
    private long version;

    @Transient
    private final List<Change> changes = new ArrayList<>();

    protected Ticket() {}

    public Ticket(String subject, long requesterId, Long organizationId, Channel channel, Instant now) {
        this.subject = subject;
        this.requesterId = requesterId;
        this.organizationId = organizationId;
        this.channel = channel;
        this.status = TicketStatus.NEW;
        this.priority = Priority.NORMAL;
        this.createdAt = now;
        this.updatedAt = now;
        this.statusChangedAt = now;
    }

    /** The changes made since the last call, in order; clears the list. */
    public List<Change> drainChanges() {
        List<Change> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    public void ensureWritable() {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException(
                    "ticket_closed", "Ticket " + id + " is closed and read-only; a new message starts a follow-up");
        }
    }

    public void changeStatus(TicketStatus target, Instant now) {
        ensureWritable();
        if (status == target) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new ConflictException(
                    "invalid_transition",
                    "A ticket cannot go from " + status.value() + " to " + target.value() + "; allowed: "
                            + status.next().stream().map(TicketStatus::value).toList());
        }
        moveTo(target, now);
    }

    /** A customer wrote: a solved or pending ticket needs the team again. */
    public void customerWrote(Instant now) {
        ensureWritable();
        if (status == TicketStatus.SOLVED || status == TicketStatus.PENDING) {
            moveTo(TicketStatus.OPEN, now);
        }
        lastCustomerMessageAt = now;
    }

    /**
     * An agent answered publicly. Without an explicit status to submit, a new ticket is now being worked on; the
     * submitted status, if any, is applied by the caller.
     */
    public void agentReplied(Instant now, TicketStatus submitAs) {
        ensureWritable();
        if (submitAs == null && status == TicketStatus.NEW) {
            moveTo(TicketStatus.OPEN, now);
        }
        lastAgentReplyAt = now;
    }

    public void resetMessageCount(int count) {
        messageCount = count;
    }

    public void countMessage(Instant now) {
        messageCount++;
        updatedAt = now;
    }

    /** Closes the ticket because it was merged into another; allowed from any open status. */
    public void closeAsMergedInto(long targetId, Instant now) {
        ensureWritable();
        record("mergedIntoId", null, String.valueOf(targetId));
        mergedIntoId = targetId;
        moveTo(TicketStatus.CLOSED, now);
    }

    private void moveTo(TicketStatus target, Instant now) {
        record("status", status.value(), target.value());
        if (target == TicketStatus.SOLVED) {
            solvedAt = now;
        } else if (target == TicketStatus.CLOSED) {
            closedAt = now;
        } else if (status == TicketStatus.SOLVED) {
            solvedAt = null;
        }
        status = target;
        statusChangedAt = now;
        updatedAt = now;
    }

    public void changeSubject(String value) {
        ensureWritable();
        if (!Objects.equals(subject, value)) {
            record("subject", subject, value);
            subject = value;
        }
    }

    public void changePriority(Priority value) {
        ensureWritable();
        if (priority != value) {
            record("priority", lower(priority), lower(value));
            priority = value;
        }
    }

    public void changeType(TicketType value) {
        ensureWritable();
        if (type != value) {
            record("type", lower(type), lower(value));
            type = value;
        }
    }

    public void assign(Long agentId) {
        ensureWritable();
        if (!Objects.equals(assigneeId, agentId)) {
            record("assigneeId", str(assigneeId), str(agentId));
            assigneeId = agentId;
        }
    }

    public void changeTeam(Long value) {
        ensureWritable();
        if (!Objects.equals(teamId, value)) {
            record("teamId", str(teamId), str(value));
            teamId = value;
        }
    }

    public void changeRequester(long customerId, Long customerOrganizationId) {
        if (requesterId != customerId) {
            record("requesterId", String.valueOf(requesterId), String.valueOf(customerId));
            requesterId = customerId;
        }
        changeOrganization(customerOrganizationId);
    }

    public void changeOrganization(Long value) {
        if (!Objects.equals(organizationId, value)) {
            record("organizationId", str(organizationId), str(value));
            organizationId = value;
        }
    }

    public void replaceTags(Set<String> value) {
        ensureWritable();
        Set<String> target = new TreeSet<>(value);
        if (!tags.equals(target)) {
            record("tags", joinOrNull(new TreeSet<>(tags)), joinOrNull(target));
            tags.clear();
            tags.addAll(target);
        }
    }

    public void replaceFollowers(Set<Long> value) {
        ensureWritable();
        Set<Long> target = new TreeSet<>(value);
        if (!followerIds.equals(target)) {
            record("followerIds", joinOrNull(new TreeSet<>(followerIds)), joinOrNull(target));
            followerIds.clear();
            followerIds.addAll(target);
        }
    }

    /** Sets already validated custom field values; a {@code null} value removes the field. */
    public void changeCustomFields(Map<String, Object> values) {
        ensureWritable();
        values.forEach((key, value) -> {
            Object old = customFields.get(key);
            if (!Objects.equals(old, value)) {
                record("customFields." + key, str(old), str(value));
                if (value == null) customFields.remove(key);
                else customFields.put(key, value);
                FieldValue comparable = FieldValue.of(value);
                if (comparable == null) fieldValues.remove(key);
                else fieldValues.put(key, comparable);
            }
        });
    }

    public void markFollowUpOf(long originId) {
        followUpOfId = originId;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    private void record(String field, String from, String to) {
        changes.add(new Change(field, from, to));
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase();
    }

    private static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String joinOrNull(Set<?> values) {
        return values.isEmpty()
                ? null
                : String.join(" ", values.stream().map(String::valueOf).toList());
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Channel getChannel() {
        return channel;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public TicketType getType() {
        return type;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Set<String> getTags() {
        return tags;
    }

    public Set<Long> getFollowerIds() {
        return followerIds;
    }

    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    /** The custom field values as list filters compare them, by field key. */
    public Map<String, FieldValue> getFieldValues() {
        return Collections.unmodifiableMap(fieldValues);
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Long getFollowUpOfId() {
        return followUpOfId;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSolvedAt() {
        return solvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getLastCustomerMessageAt() {
        return lastCustomerMessageAt;
    }

    public Instant getLastAgentReplyAt() {
        return lastAgentReplyAt;
    }

    /** When the ticket entered its current status (its update time for rows written before this was kept). */
    public Instant getStatusChangedAt() {
        return statusChangedAt == null ? updatedAt : statusChangedAt;
    }

    public Instant getSlaDueAt() {
        return slaDueAt;
    }

    public void changeSlaDue(Instant dueAt) {
        slaDueAt = dueAt;
    }

    public long getVersion() {
        return version;
    }
}
