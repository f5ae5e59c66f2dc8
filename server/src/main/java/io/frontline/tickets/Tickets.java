package io.frontline.tickets;

import io.frontline.customers.CustomerDirectory;
import io.frontline.customers.CustomerRef;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.Cursor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.kernel.StaleVersionException;
import io.frontline.tickets.TicketEvents.Change;
import io.frontline.tickets.internal.Attachment;
import io.frontline.tickets.internal.CustomFieldValidator;
import io.frontline.tickets.internal.FieldDefinition;
import io.frontline.tickets.internal.HistoryEntry;
import io.frontline.tickets.internal.HistoryRepository;
import io.frontline.tickets.internal.HtmlSanitizer;
import io.frontline.tickets.internal.Message;
import io.frontline.tickets.internal.MessageRepository;
import io.frontline.tickets.internal.Ticket;
import io.frontline.tickets.internal.TicketFinder;
import io.frontline.tickets.internal.TicketLink;
import io.frontline.tickets.internal.TicketLinkRepository;
import io.frontline.tickets.internal.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point for every ticket use case, whatever the channel or client: open, change, reply, note, merge,
 * link. Each command runs in one transaction, writes the history of what it changed and publishes its events there.
 */
@Service
public class Tickets {

    private static final int ATTEMPTS = 3;

    private final TicketRepository tickets;
    private final MessageRepository messages;
    private final HistoryRepository history;
    private final TicketLinkRepository links;
    private final TicketFinder finder;
    private final CustomFieldValidator customFields;
    private final HtmlSanitizer sanitizer;
    private final Attachments attachments;
    private final CustomerDirectory customers;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ObjectProvider<TicketGuard> guards;

    Tickets(
            TicketRepository tickets,
            MessageRepository messages,
            HistoryRepository history,
            TicketLinkRepository links,
            TicketFinder finder,
            CustomFieldValidator customFields,
            HtmlSanitizer sanitizer,
            Attachments attachments,
            CustomerDirectory customers,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate tx,
            ObjectProvider<TicketGuard> guards) {
        this.tickets = tickets;
        this.messages = messages;
        this.history = history;
        this.links = links;
        this.finder = finder;
        this.customFields = customFields;
        this.sanitizer = sanitizer;
        this.attachments = attachments;
        this.customers = customers;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
        this.guards = guards;
    }

    /** Opens a ticket with its first message. Retries when a concurrent request created the same new customer. */
    public TicketView open(NewTicket command, Actor actor) {
        return retrying(() -> tx.execute(status -> doOpen(command, actor)), DataIntegrityViolationException.class);
    }

    private TicketView doOpen(NewTicket command, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>();
        CustomerRef requester = null;
        if (command.requesterId() != null && command.requester() != null) {
            problems.add(new FieldViolation("requester", "give either requester or requesterId, not both"));
        } else if (command.requesterId() != null) {
            requester = customers.find(command.requesterId()).orElse(null);
            if (requester == null) {
                problems.add(new FieldViolation("requesterId", "does not exist"));
            }
        } else if (command.requester() == null) {
            problems.add(new FieldViolation("requester", "is required (or requesterId)"));
        }
        checkTeam(command.teamId(), "teamId", problems);
        checkAgent(command.assigneeId(), "assigneeId", problems);
        checkFollowers(command.followerIds(), problems);
        Map<String, Object> fieldValues = customFields.validate(command.customFields(), problems);
        NewMessage message = command.message();
        boolean fromCustomer = message.authorType() != NewMessage.AuthorType.AGENT;
        checkMessage(message, fromCustomer, "message.", problems);
        List<Attachment> files =
                problems.isEmpty() ? attachments.resolve(message.attachments(), actor, problems) : List.of();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (requester == null) {
            requester = customers.findOrCreateByEmail(
                    command.requester().email(), command.requester().name(), actor);
        }
        Instant now = now();
        Channel channel = command.channel() == null ? Channel.API : command.channel();
        Ticket ticket = new Ticket(command.subject().strip(), requester.id(), requester.organizationId(), channel, now);
        if (command.priority() != null) ticket.changePriority(command.priority());
        if (command.type() != null) ticket.changeType(command.type());
        if (command.teamId() != null) ticket.changeTeam(command.teamId());
        if (command.assigneeId() != null) ticket.assign(command.assigneeId());
        if (command.tags() != null) ticket.replaceTags(normalizeTags(command.tags()));
        if (command.followerIds() != null) ticket.replaceFollowers(new TreeSet<>(command.followerIds()));
        if (!fieldValues.isEmpty()) ticket.changeCustomFields(fieldValues);
        List<Change> initial = ticket.drainChanges();
        Actor author = fromCustomer ? Actor.customer(requester.id(), requester.name()) : actor;
        Visibility visibility = visibility(message);
        applyMessage(ticket, author, visibility, message.status(), now);
        List<Change> fromMessage = ticket.drainChanges();
        // persisted only now, fully formed: Hibernate snapshots the insert at persist, later changes would cost an
        // UPDATE
        tickets.save(ticket);
        history.save(new HistoryEntry(ticket.getId(), now, actor, "created", "status", null, "new"));
        writeHistory(ticket.getId(), now, actor, initial);
        Message first = saveMessage(ticket, message, author, visibility, files, now);
        writeHistory(ticket.getId(), now, author, fromMessage);
        events.publishEvent(new TicketEvents.TicketOpened(ticket.getId(), channel, requester.id(), actor));
        events.publishEvent(new TicketEvents.MessagePosted(ticket.getId(), first.getId(), visibility, author));
        return view(ticket, requester);
    }

    /**
     * Adds a reply or note. A customer message on a closed ticket opens a follow-up ticket linked to it; an agent
     * message there is refused. Retries when a concurrent change bumped the ticket's version.
     */
    public PostedMessage addMessage(long ticketId, NewMessage command, Actor actor) {
        return retrying(
                () -> tx.execute(status -> doAddMessage(ticketId, command, actor)),
                ObjectOptimisticLockingFailureException.class);
    }

    private PostedMessage doAddMessage(long ticketId, NewMessage command, Actor actor) {
        Ticket ticket = load(ticketId);
        boolean fromCustomer = command.authorType() == NewMessage.AuthorType.CUSTOMER;
        List<FieldViolation> problems = new ArrayList<>();
        checkMessage(command, fromCustomer, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CustomerRef requester = requester(ticket);
        // a customer other than the requester (someone copied on an email thread) writes as themselves
        Actor author =
                !fromCustomer ? actor : actor.isCustomer() ? actor : Actor.customer(requester.id(), requester.name());
        Instant now = now();
        boolean followUp = false;
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            if (!fromCustomer) {
                ticket.ensureWritable();
            }
            ticket = openFollowUp(ticket, command.channel(), actor, now);
            followUp = true;
        }
        if (command.status() == TicketStatus.SOLVED) {
            checkRequiredToSolve(ticket, Map.of());
        }
        if (command.status() != null && !fromCustomer) {
            guard(ticket, TicketChanges.ofStatus(command.status()), actor);
        }
        List<Attachment> files = attachments.resolve(command.attachments(), actor, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Message message = post(ticket, command, author, files, now);
        tickets.saveAndFlush(ticket);
        events.publishEvent(
                new TicketEvents.MessagePosted(ticket.getId(), message.getId(), message.getVisibility(), author));
        return new PostedMessage(messageView(message), view(ticket, requester), followUp);
    }

    private Ticket openFollowUp(Ticket closed, Channel channel, Actor actor, Instant now) {
        Ticket followUp = new Ticket(
                closed.getSubject(),
                closed.getRequesterId(),
                closed.getOrganizationId(),
                channel == null ? closed.getChannel() : channel,
                now);
        followUp.markFollowUpOf(closed.getId());
        tickets.save(followUp);
        if (closed.getPriority() != Priority.NORMAL) followUp.changePriority(closed.getPriority());
        if (closed.getType() != null) followUp.changeType(closed.getType());
        if (closed.getTeamId() != null) followUp.changeTeam(closed.getTeamId());
        if (closed.getAssigneeId() != null) followUp.assign(closed.getAssigneeId());
        if (!closed.getTags().isEmpty()) followUp.replaceTags(closed.getTags());
        List<Change> initial = followUp.drainChanges();
        history.save(new HistoryEntry(followUp.getId(), now, actor, "created", "status", null, "new"));
        history.save(new HistoryEntry(
                followUp.getId(), now, actor, "follow_up", "followUpOfId", null, String.valueOf(closed.getId())));
        writeHistory(followUp.getId(), now, actor, initial);
        history.save(new HistoryEntry(
                closed.getId(), now, actor, "follow_up_created", "followUpId", null, String.valueOf(followUp.getId())));
        links.save(new TicketLink(followUp.getId(), closed.getId(), LinkKind.FOLLOW_UP, now));
        events.publishEvent(new TicketEvents.TicketOpened(
                followUp.getId(), followUp.getChannel(), followUp.getRequesterId(), actor));
        return followUp;
    }

    private Message post(Ticket ticket, NewMessage command, Actor author, List<Attachment> files, Instant now) {
        Visibility visibility = visibility(command);
        applyMessage(ticket, author, visibility, command.status(), now);
        List<Change> changes = ticket.drainChanges();
        Message message = saveMessage(ticket, command, author, visibility, files, now);
        writeHistory(ticket.getId(), now, author, changes);
        if (!changes.isEmpty()) {
            events.publishEvent(new TicketEvents.TicketChanged(ticket.getId(), changes, author));
        }
        return message;
    }

    /** What a new message does to its ticket: reopening, first answer, the submitted status, the counters. */
    private static void applyMessage(
            Ticket ticket, Actor author, Visibility visibility, TicketStatus submitAs, Instant now) {
        if (author.isCustomer()) {
            ticket.customerWrote(now);
        } else if (author.isAgent() && visibility == Visibility.PUBLIC) {
            ticket.agentReplied(now, submitAs);
        }
        if (submitAs != null) {
            ticket.changeStatus(submitAs, now);
        }
        ticket.countMessage(now);
    }

    private Message saveMessage(
            Ticket ticket,
            NewMessage command,
            Actor author,
            Visibility visibility,
            List<Attachment> files,
            Instant now) {
        String html = sanitizer.sanitize(blankToNull(command.bodyHtml()));
        String text = blankToNull(command.body());
        if (text == null && html != null) {
            text = sanitizer.text(html);
        }
        Channel channel =
                command.channel() != null ? command.channel() : author.isAgent() ? Channel.API : ticket.getChannel();
        Message message = messages.save(new Message(
                ticket.getId(), visibility, author, channel, text == null ? "" : text.strip(), html, files, now));
        history.save(new HistoryEntry(
                ticket.getId(),
                now,
                author,
                "message_added",
                visibility == Visibility.PUBLIC ? "reply" : "note",
                null,
                String.valueOf(message.getId())));
        return message;
    }

    private static Visibility visibility(NewMessage command) {
        return command.visibility() == null ? Visibility.PUBLIC : command.visibility();
    }

    /** Applies a partial update; with {@code expectedVersion} it fails with 412 semantics when the ticket moved on. */
    @Transactional
    public TicketView update(long ticketId, TicketChanges changes, Long expectedVersion, Actor actor) {
        Ticket ticket = load(ticketId);
        if (expectedVersion != null && expectedVersion != ticket.getVersion()) {
            throw new StaleVersionException("Ticket " + ticketId, ticket.getVersion());
        }
        ticket.ensureWritable();
        List<FieldViolation> problems = new ArrayList<>();
        if (changes.has("subject")
                && (changes.subject() == null || changes.subject().isBlank())) {
            problems.add(new FieldViolation("subject", "must not be blank"));
        } else if (changes.has("subject") && changes.subject().strip().length() > 250) {
            problems.add(new FieldViolation("subject", "must be at most 250 characters"));
        }
        for (String required : List.of("status", "priority", "requesterId")) {
            if (changes.has(required)
                    && switch (required) {
                        case "status" -> changes.status() == null;
                        case "priority" -> changes.priority() == null;
                        default -> changes.requesterId() == null;
                    }) {
                problems.add(new FieldViolation(required, "cannot be cleared"));
            }
        }
        if (changes.has("assigneeId")) checkAgent(changes.assigneeId(), "assigneeId", problems);
        if (changes.has("teamId")) checkTeam(changes.teamId(), "teamId", problems);
        if (changes.has("followerIds")) checkFollowers(changes.followerIds(), problems);
        CustomerRef newRequester = null;
        if (changes.has("requesterId") && changes.requesterId() != null) {
            newRequester = customers.find(changes.requesterId()).orElse(null);
            if (newRequester == null) {
                problems.add(new FieldViolation("requesterId", "does not exist"));
            }
        }
        Map<String, Object> fieldValues =
                changes.has("customFields") ? customFields.validate(changes.customFields(), problems) : Map.of();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (changes.has("status") && changes.status() == TicketStatus.SOLVED) {
            checkRequiredToSolve(ticket, fieldValues);
        }
        guard(ticket, changes, actor);
        Instant now = now();
        if (changes.has("subject")) ticket.changeSubject(changes.subject().strip());
        if (changes.has("priority")) ticket.changePriority(changes.priority());
        if (changes.has("type")) ticket.changeType(changes.type());
        if (changes.has("teamId")) ticket.changeTeam(changes.teamId());
        if (changes.has("assigneeId")) ticket.assign(changes.assigneeId());
        if (newRequester != null) ticket.changeRequester(newRequester.id(), newRequester.organizationId());
        Set<String> tags = new TreeSet<>(ticket.getTags());
        if (changes.has("tags")) tags = normalizeTags(changes.tags() == null ? List.of() : changes.tags());
        if (changes.addTags() != null) tags.addAll(normalizeTags(changes.addTags()));
        if (changes.removeTags() != null) tags.removeAll(normalizeTags(changes.removeTags()));
        ticket.replaceTags(tags);
        if (changes.has("followerIds")) {
            ticket.replaceFollowers(new TreeSet<>(changes.followerIds() == null ? List.of() : changes.followerIds()));
        }
        if (!fieldValues.isEmpty()) ticket.changeCustomFields(fieldValues);
        if (changes.has("status")) ticket.changeStatus(changes.status(), now);
        List<Change> made = ticket.drainChanges();
        if (!made.isEmpty()) {
            ticket.touch(now);
            writeHistory(ticketId, now, actor, made);
            events.publishEvent(new TicketEvents.TicketChanged(ticketId, made, actor));
        }
        tickets.saveAndFlush(ticket);
        return view(ticket, requester(ticket));
    }

    /** Merges {@code sourceId} into {@code targetId}: messages move, the source is closed with a link to the target. */
    @Transactional
    public TicketView merge(long sourceId, long targetId, Actor actor) {
        if (sourceId == targetId) {
            throw new InvalidInputException("targetId", "must differ from the ticket being merged");
        }
        Ticket source = load(sourceId);
        Ticket target = load(targetId);
        source.ensureWritable();
        target.ensureWritable();
        Set<Long> followers = new TreeSet<>(target.getFollowerIds());
        followers.addAll(source.getFollowerIds());
        String sourceSubject = source.getSubject();
        messages.moveAll(sourceId, targetId);
        source = load(sourceId);
        target = load(targetId);
        Instant now = now();
        Actor system = Actor.SYSTEM;
        Message sourceNote = messages.save(new Message(
                sourceId,
                Visibility.INTERNAL,
                system,
                Channel.API,
                "Merged into ticket #" + targetId + " by " + actor.name() + ".",
                null,
                List.of(),
                now));
        Message targetNote = messages.save(new Message(
                targetId,
                Visibility.INTERNAL,
                system,
                Channel.API,
                "Ticket #" + sourceId + " (" + sourceSubject + ") was merged into this ticket by " + actor.name()
                        + "; its messages are now here.",
                null,
                List.of(),
                now));
        source.closeAsMergedInto(targetId, now);
        writeHistory(sourceId, now, actor, source.drainChanges());
        target.replaceFollowers(followers);
        writeHistory(targetId, now, actor, target.drainChanges());
        history.save(new HistoryEntry(targetId, now, actor, "merged", "mergedFrom", null, String.valueOf(sourceId)));
        links.save(new TicketLink(sourceId, targetId, LinkKind.MERGED, now));
        target.touch(now);
        recount(source);
        recount(target);
        tickets.saveAndFlush(source);
        tickets.saveAndFlush(target);
        events.publishEvent(new TicketEvents.TicketsMerged(sourceId, targetId, actor));
        events.publishEvent(new TicketEvents.MessagePosted(sourceId, sourceNote.getId(), Visibility.INTERNAL, system));
        events.publishEvent(new TicketEvents.MessagePosted(targetId, targetNote.getId(), Visibility.INTERNAL, system));
        return view(target, requester(target));
    }

    private void recount(Ticket ticket) {
        ticket.resetMessageCount(messages.countByTicket(ticket.getId()));
    }

    @Transactional
    public List<LinkView> link(long ticketId, long otherId, Actor actor) {
        if (ticketId == otherId) {
            throw new InvalidInputException("ticketId", "a ticket cannot be linked to itself");
        }
        load(ticketId);
        load(otherId);
        if (links.between(ticketId, otherId, LinkKind.RELATED).isEmpty()) {
            Instant now = now();
            links.save(new TicketLink(ticketId, otherId, LinkKind.RELATED, now));
            history.save(new HistoryEntry(ticketId, now, actor, "linked", "related", null, String.valueOf(otherId)));
            history.save(new HistoryEntry(otherId, now, actor, "linked", "related", null, String.valueOf(ticketId)));
        }
        return links(ticketId);
    }

    @Transactional
    public void unlink(long ticketId, long otherId, Actor actor) {
        List<TicketLink> found = links.between(ticketId, otherId, LinkKind.RELATED);
        if (found.isEmpty()) {
            throw new NotFoundException("Link between tickets " + ticketId + " and", otherId);
        }
        links.deleteAll(found);
        Instant now = now();
        history.save(new HistoryEntry(ticketId, now, actor, "unlinked", "related", String.valueOf(otherId), null));
        history.save(new HistoryEntry(otherId, now, actor, "unlinked", "related", String.valueOf(ticketId), null));
    }

    @Transactional(readOnly = true)
    public List<LinkView> links(long ticketId) {
        load(ticketId);
        List<TicketLink> found = links.involving(ticketId);
        Set<Long> others = found.stream()
                .map(l -> l.getTicketId() == ticketId ? l.getOtherId() : l.getTicketId())
                .collect(Collectors.toSet());
        Map<Long, Ticket> byId = tickets.findAllById(others).stream().collect(Collectors.toMap(Ticket::getId, t -> t));
        return found.stream()
                .map(l -> {
                    boolean outgoing = l.getTicketId() == ticketId;
                    Ticket other = byId.get(outgoing ? l.getOtherId() : l.getTicketId());
                    return new LinkView(
                            other.getId(),
                            l.getKind(),
                            outgoing ? "outgoing" : "incoming",
                            other.getSubject(),
                            other.getStatus());
                })
                .toList();
    }

    /** One message, for channel adapters that deliver it elsewhere. */
    @Transactional(readOnly = true)
    public MessageView message(long messageId) {
        return messages.findById(messageId)
                .map(Tickets::messageView)
                .orElseThrow(() -> new NotFoundException("Message", messageId));
    }

    /**
     * Records on a ticket's history something a channel did or decided (why an email joined this ticket, a delivery
     * that failed), so that agents can see it next to every other change.
     */
    @Transactional
    public void recordChannelEvent(long ticketId, String kind, String field, String detail, Actor actor) {
        load(ticketId);
        String value = detail != null && detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        history.save(new HistoryEntry(ticketId, now(), actor, kind, field, null, value));
    }

    /**
     * Records when the ticket's next SLA target falls due ({@code null}: none running), in the caller's transaction;
     * views show it and sort on it. Not a change of the ticket: no history row, no event, the update time stays.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSlaDue(long ticketId, Instant dueAt) {
        load(ticketId).changeSlaDue(dueAt);
    }

    @Transactional(readOnly = true)
    public TicketView get(long ticketId) {
        Ticket ticket = load(ticketId);
        return view(ticket, requester(ticket));
    }

    @Transactional(readOnly = true)
    public Page<TicketView> list(TicketQuery query) {
        TicketFinder.Result result = finder.find(query);
        Map<Long, CustomerRef> requesters = customers.find(
                result.tickets().stream().map(Ticket::getRequesterId).collect(Collectors.toSet()));
        return new Page<>(
                result.tickets().stream()
                        .map(t -> view(t, requesters.get(t.getRequesterId())))
                        .toList(),
                result.nextCursor());
    }

    /**
     * Tickets in one of {@code statuses} that entered it before {@code enteredBefore}, oldest first, after the keyset
     * position ({@code afterAt}, {@code afterId}; {@code null} to start). Time rules walk the waiting tickets with it.
     */
    @Transactional(readOnly = true)
    public List<TicketView> inStatusSince(
            Set<TicketStatus> statuses, Instant enteredBefore, Instant afterAt, long afterId, int limit) {
        List<Ticket> found =
                finder.inStatusSince(statuses, enteredBefore, afterAt, afterId, Math.clamp(limit, 1, 1000));
        Map<Long, CustomerRef> requesters =
                customers.find(found.stream().map(Ticket::getRequesterId).collect(Collectors.toSet()));
        return found.stream()
                .map(t -> view(t, requesters.get(t.getRequesterId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Page<MessageView> messages(long ticketId, String cursor, int limit) {
        load(ticketId);
        int size = Math.clamp(limit, 1, 500);
        List<Message> found = messages.page(ticketId, Cursor.id(cursor, 0), Limit.of(size + 1));
        List<MessageView> items =
                found.stream().limit(size).map(Tickets::messageView).toList();
        return new Page<>(
                items, found.size() > size ? Cursor.ofId(items.getLast().id()) : null);
    }

    /**
     * The newest messages of a conversation before message {@code beforeId} (all when {@code null}), oldest first;
     * the next cursor, when there are older ones, is the id to pass as {@code beforeId} to load them.
     */
    @Transactional(readOnly = true)
    public Page<MessageView> latestMessages(long ticketId, Long beforeId, int limit) {
        load(ticketId);
        int size = Math.clamp(limit, 1, 500);
        List<Message> found =
                messages.latestBefore(ticketId, beforeId == null ? Long.MAX_VALUE : beforeId, Limit.of(size + 1));
        List<MessageView> items =
                found.stream().limit(size).map(Tickets::messageView).toList().reversed();
        return new Page<>(
                items, found.size() > size ? String.valueOf(items.getFirst().id()) : null);
    }

    @Transactional(readOnly = true)
    public Page<HistoryView> history(long ticketId, String cursor, int limit) {
        load(ticketId);
        int size = Math.clamp(limit, 1, 500);
        List<HistoryEntry> found = history.page(ticketId, Cursor.id(cursor, 0), Limit.of(size + 1));
        List<HistoryView> items = found.stream()
                .limit(size)
                .map(e -> new HistoryView(
                        e.getId(),
                        e.getTicketId(),
                        e.getAt(),
                        new MessageView.Author(lower(e.getActorType()), e.getActorId(), e.getActorName()),
                        e.getKind(),
                        e.getField(),
                        e.getFromValue(),
                        e.getToValue()))
                .toList();
        return new Page<>(
                items, found.size() > size ? Cursor.ofId(items.getLast().id()) : null);
    }

    /** Moves every ticket of a merged customer to the survivor, with a history row on each. */
    @Transactional
    public void reassignRequester(long sourceId, long survivorId, Actor actor) {
        Long organizationId =
                customers.find(survivorId).map(CustomerRef::organizationId).orElse(null);
        Instant now = now();
        for (Ticket ticket : tickets.findByRequester(sourceId)) {
            ticket.changeRequester(
                    survivorId, ticket.getOrganizationId() == null ? organizationId : ticket.getOrganizationId());
            writeHistory(ticket.getId(), now, actor, ticket.drainChanges());
            ticket.touch(now);
        }
    }

    /** Moves every ticket of a merged organization to the survivor, with a history row on each. */
    @Transactional
    public void reassignOrganization(long sourceId, long survivorId, Actor actor) {
        Instant now = now();
        for (Ticket ticket : tickets.findByOrganization(sourceId)) {
            ticket.changeOrganization(survivorId);
            writeHistory(ticket.getId(), now, actor, ticket.drainChanges());
            ticket.touch(now);
        }
    }

    /** Puts an agent's change to every guard before anything is written; a guard refuses by throwing. */
    private void guard(Ticket ticket, TicketChanges changes, Actor actor) {
        if (!actor.isAgent()) {
            return;
        }
        TicketView[] before = new TicketView[1];
        Supplier<TicketView> view = () -> before[0] == null ? before[0] = view(ticket, null) : before[0];
        guards.orderedStream().forEach(guard -> guard.check(view, changes, actor));
    }

    private void checkRequiredToSolve(Ticket ticket, Map<String, Object> incoming) {
        List<FieldViolation> missing = new ArrayList<>();
        for (FieldDefinition field : customFields.requiredToSolve()) {
            boolean clearing = incoming.containsKey(field.getKey()) && incoming.get(field.getKey()) == null;
            boolean present = incoming.get(field.getKey()) != null
                    || ticket.getCustomFields().get(field.getKey()) != null;
            if (clearing || !present) {
                missing.add(new FieldViolation("customFields." + field.getKey(), "is required to solve the ticket"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    private void checkMessage(NewMessage message, boolean fromCustomer, String prefix, List<FieldViolation> problems) {
        boolean empty = blankToNull(message.body()) == null
                && blankToNull(message.bodyHtml()) == null
                && (message.attachments() == null || message.attachments().isEmpty());
        if (empty) {
            problems.add(new FieldViolation(prefix + "body", "a message needs a body, an HTML body or an attachment"));
        }
        if (fromCustomer && message.visibility() == Visibility.INTERNAL) {
            problems.add(new FieldViolation(prefix + "visibility", "a customer cannot write an internal note"));
        }
    }

    private void checkAgent(Long agentId, String field, List<FieldViolation> problems) {
        if (agentId == null) {
            return;
        }
        AgentRef agent = directory.agent(agentId).orElse(null);
        if (agent == null) {
            problems.add(new FieldViolation(field, "is not an agent"));
        } else if (!agent.active()) {
            problems.add(new FieldViolation(field, "is not an active agent"));
        }
    }

    private void checkTeam(Long teamId, String field, List<FieldViolation> problems) {
        if (teamId != null && directory.team(teamId).isEmpty()) {
            problems.add(new FieldViolation(field, "is not a team"));
        }
    }

    private void checkFollowers(Collection<Long> ids, List<FieldViolation> problems) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<Long> wanted = new HashSet<>(ids);
        if (directory.agents(wanted).size() != wanted.size()) {
            problems.add(new FieldViolation("followerIds", "contains an id that is not an agent"));
        }
    }

    private void writeHistory(long ticketId, Instant at, Actor actor, List<Change> changes) {
        for (Change change : changes) {
            history.save(
                    new HistoryEntry(ticketId, at, actor, "field_changed", change.field(), change.from(), change.to()));
        }
    }

    private Ticket load(long ticketId) {
        return tickets.findById(ticketId).orElseThrow(() -> new NotFoundException("Ticket", ticketId));
    }

    private CustomerRef requester(Ticket ticket) {
        return customers.find(ticket.getRequesterId()).orElse(null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> T retrying(Supplier<T> attempt, Class<? extends RuntimeException> retryOn) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!retryOn.isInstance(e) || i >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    static Set<String> normalizeTags(Collection<String> tags) {
        Set<String> normalized = new TreeSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                normalized.add(normalizeTag(tag));
            }
        }
        return normalized;
    }

    /** A tag as tickets store it: trimmed, lower case, inner whitespace as {@code _}. */
    public static String normalizeTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    static TicketView view(Ticket t, CustomerRef requester) {
        return new TicketView(
                t.getId(),
                t.getSubject(),
                t.getStatus(),
                t.getPriority(),
                t.getType(),
                t.getChannel(),
                requester == null
                        ? new TicketView.Requester(t.getRequesterId(), null, null)
                        : new TicketView.Requester(requester.id(), requester.name(), requester.email()),
                t.getOrganizationId(),
                t.getAssigneeId(),
                t.getTeamId(),
                t.getTags().stream().sorted().toList(),
                Map.copyOf(t.getCustomFields()),
                t.getFollowerIds().stream().sorted().toList(),
                t.getMessageCount(),
                t.getMergedIntoId(),
                t.getFollowUpOfId(),
                t.getCreatedAt(),
                t.getUpdatedAt(),
                t.getSolvedAt(),
                t.getClosedAt(),
                t.getVersion(),
                t.getStatusChangedAt(),
                t.getLastCustomerMessageAt(),
                t.getLastAgentReplyAt(),
                t.getSlaDueAt());
    }

    static MessageView messageView(Message m) {
        return new MessageView(
                m.getId(),
                m.getTicketId(),
                m.getVisibility(),
                new MessageView.Author(lower(m.getAuthorType()), m.getAuthorId(), m.getAuthorName()),
                m.getChannel(),
                m.getBodyText(),
                m.getBodyHtml(),
                m.getAttachments().stream().map(Attachments::view).toList(),
                m.getCreatedAt());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
