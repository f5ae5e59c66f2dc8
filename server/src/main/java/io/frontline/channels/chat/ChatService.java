package io.frontline.channels.chat;

import io.frontline.channels.chat.internal.ChatBroadcaster;
import io.frontline.channels.chat.internal.ChatProperties;
import io.frontline.channels.chat.internal.ChatRouter;
import io.frontline.channels.chat.internal.ConversationStore;
import io.frontline.channels.chat.internal.ConversationStore.Conversation;
import io.frontline.channels.chat.internal.ConversationStore.State;
import io.frontline.channels.email.internal.Outbox;
import io.frontline.customers.CustomerDirectory;
import io.frontline.customers.CustomerRef;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.AttachmentInput;
import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Channel;
import io.frontline.tickets.MessageView;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.NewTicket;
import io.frontline.tickets.PostedMessage;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketEvents;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every live-chat use case, for visitors and agents alike. A conversation is a ticket on the {@code chat} channel:
 * each line is also a message of that ticket, written in the same transaction as the chat line, so the transcript
 * and the ticket can never disagree. Lines are idempotent by the sender's {@code clientMessageId}.
 */
@Service
public class ChatService {

    private static final ThreadLocal<Boolean> POSTING = ThreadLocal.withInitial(() -> false);

    private final ConversationStore store;
    private final ChatWidgets widgets;
    private final ChatRouter router;
    private final ChatBroadcaster broadcaster;
    private final Tickets tickets;
    private final CustomerDirectory customers;
    private final Directory directory;
    private final ChatProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Outbox outbox;

    ChatService(
            ConversationStore store,
            ChatWidgets widgets,
            ChatRouter router,
            ChatBroadcaster broadcaster,
            Tickets tickets,
            CustomerDirectory customers,
            Directory directory,
            ChatProperties properties,
            TransactionTemplate tx,
            Clock clock,
            Outbox outbox) {
        this.store = store;
        this.widgets = widgets;
        this.router = router;
        this.broadcaster = broadcaster;
        this.tickets = tickets;
        this.customers = customers;
        this.directory = directory;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.outbox = outbox;
        router.onAssigned(this::announce);
        router.onRequeued(ids -> ids.forEach(id -> broadcaster.state(get(id))));
    }

    /** Tells the visitor who joined and the agent's consoles that they have a new chat. */
    private void announce(ChatRouter.Assignment assignment) {
        tx.executeWithoutResult(status -> {
            Conversation c = store.lock(assignment.conversationId()).orElseThrow();
            systemLine(c, assignment.agent().name() + " joined the chat.", now());
            ConversationView view = view(store.find(c.id()).orElseThrow());
            broadcaster.state(view);
            broadcaster.toAgent(assignment.agent().email(), "assigned", view);
        });
    }

    /** Whether anyone of the widget's team is online for chats now. */
    public boolean available(WidgetView widget) {
        return router.anyoneOnline(widget.teamId());
    }

    /**
     * Emails the visitor the transcript of their chat (what both sides wrote, never internal notes) and returns the
     * address it goes to.
     */
    public String emailTranscript(ChatVisitor visitor, long conversationId) {
        Conversation c = owned(visitor, conversationId);
        List<ChatMessageView> lines = store.messagesAfter(conversationId, 0, false, 1000);
        java.time.format.DateTimeFormatter time =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);
        StringBuilder body = new StringBuilder("Here is the transcript of your chat with us.\n\n");
        for (ChatMessageView line : lines) {
            body.append('[')
                    .append(time.format(line.at()))
                    .append(" UTC] ")
                    .append(
                            line.author().name() == null
                                    ? line.author().type()
                                    : line.author().name())
                    .append(": ")
                    .append(line.text());
            line.attachments()
                    .forEach(f -> body.append(" [file: ").append(f.filename()).append(']'));
            body.append('\n');
        }
        return tx.execute(status -> outbox.sendToRequester(c.ticketId(), "Your chat transcript", body.toString())
                .orElseThrow(() -> new ConflictException(
                        "no_mailbox", "No mailbox can send email, so the transcript cannot be sent.")));
    }

    // ---- visitors

    /** Opens a chat: the customer (by email), the ticket with the first line, the conversation in the queue. */
    public ConversationView start(ChatVisitor visitor, StartChat request) {
        WidgetView widget = widgets.get(visitor.widgetId());
        List<FieldViolation> problems = new ArrayList<>();
        checkText(request.text(), "text", problems);
        Map<String, String> fields = request.fields() == null ? Map.of() : request.fields();
        for (WidgetView.PrechatField f : widget.prechatFields()) {
            if (f.required()
                    && (fields.get(f.key()) == null || fields.get(f.key()).isBlank())) {
                problems.add(new FieldViolation("fields." + f.key(), "is required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String language = request.language() == null
                ? widget.language()
                : request.language().toLowerCase(Locale.ROOT).split("-")[0];
        ConversationView started = tx.execute(status -> {
            if (visitor.verifiedCustomerId() != null) {
                CustomerRef verified = customers
                        .find(visitor.verifiedCustomerId())
                        .orElseThrow(() -> new NotFoundException("Customer", visitor.verifiedCustomerId()));
                if (!verified.email().equalsIgnoreCase(request.email().strip())) {
                    throw new InvalidInputException("email", "must be the email the website signed in");
                }
            }
            TicketView ticket = tickets.open(
                    new NewTicket(
                            subject(request.text()),
                            new NewTicket.Requester(
                                    request.email().strip(), request.name().strip()),
                            null,
                            Channel.CHAT,
                            null,
                            null,
                            List.of("chat"),
                            widget.teamId(),
                            null,
                            null,
                            null,
                            new NewMessage(
                                    request.text().strip(),
                                    null,
                                    Visibility.PUBLIC,
                                    NewMessage.AuthorType.CUSTOMER,
                                    Channel.CHAT,
                                    null,
                                    null)),
                    Actor.SYSTEM);
            Instant now = now();
            long id = store.insert(
                    widget.id(),
                    visitor.visitorId(),
                    ticket.requester().id(),
                    ticket.id(),
                    widget.teamId(),
                    language,
                    request.pageUrl(),
                    now);
            MessageView first =
                    tickets.latestMessages(ticket.id(), null, 1).items().getFirst();
            long seq = store.nextSeq(id);
            store.insertMessage(
                    id,
                    seq,
                    request.clientMessageId(),
                    first.id(),
                    new ChatMessageView(
                            "message",
                            id,
                            seq,
                            request.clientMessageId(),
                            new ChatMessageView.Author(
                                    "visitor",
                                    ticket.requester().id(),
                                    request.name().strip()),
                            request.text().strip(),
                            List.of(),
                            false,
                            first.createdAt()));
            String extra = answers(widget, fields);
            String context = (request.pageUrl() == null
                            ? ""
                            : "Page: " + request.pageUrl().strip() + "\n") + "Language: " + language
                    + (extra.isEmpty() ? "" : "\n" + extra);
            tickets.addMessage(
                    ticket.id(),
                    new NewMessage(
                            "Chat started from the widget \"" + widget.name() + "\".\n" + context,
                            null,
                            Visibility.INTERNAL,
                            NewMessage.AuthorType.AGENT,
                            Channel.CHAT,
                            null,
                            null),
                    Actor.SYSTEM);
            ConversationView view = view(store.find(id).orElseThrow());
            broadcaster.state(view);
            return view;
        });
        router.routeSoon();
        return started;
    }

    public List<ConversationView> conversations(ChatVisitor visitor) {
        return store.byVisitor(visitor.visitorId(), visitor.verifiedCustomerId()).stream()
                .filter(c -> c.widgetId() == visitor.widgetId() || visitor.verifiedCustomerId() != null)
                .map(this::view)
                .toList();
    }

    public ConversationView conversation(ChatVisitor visitor, long conversationId) {
        return view(owned(visitor, conversationId));
    }

    /** The visitor's lines after {@code afterSeq}, oldest first, never internal notes. */
    public List<ChatMessageView> messages(ChatVisitor visitor, long conversationId, long afterSeq) {
        owned(visitor, conversationId);
        return store.messagesAfter(conversationId, afterSeq, false, 500);
    }

    public ChatMessageView postFromVisitor(
            ChatVisitor visitor, long conversationId, String clientMessageId, String text, List<AttachmentView> files) {
        Conversation owned = owned(visitor, conversationId);
        if (owned.state() == State.ENDED) {
            throw new ConflictException("chat_ended", "This chat has ended; start a new one.");
        }
        return post(conversationId, clientMessageId, text, files, false, null);
    }

    public void visitorTyping(ChatVisitor visitor, long conversationId, boolean typing) {
        Conversation c = owned(visitor, conversationId);
        broadcaster.ephemeral(
                conversationId, Map.of("type", "typing", "author", "visitor", "typing", typing, "name", name(c)));
    }

    public void visitorRead(ChatVisitor visitor, long conversationId, long seq) {
        owned(visitor, conversationId);
        store.markRead(conversationId, true, seq);
        broadcaster.ephemeral(conversationId, Map.of("type", "read", "by", "visitor", "seq", seq));
    }

    public ConversationView endByVisitor(ChatVisitor visitor, long conversationId) {
        owned(visitor, conversationId);
        return end(conversationId, Actor.SYSTEM, false);
    }

    /** Whether this visitor may see this conversation (used to authorise subscriptions and downloads). */
    public boolean mayAccess(ChatVisitor visitor, long conversationId) {
        return store.find(conversationId).filter(c -> owns(visitor, c)).isPresent();
    }

    /** The files a visitor may download: those on their own conversations' lines. */
    public boolean mayDownload(ChatVisitor visitor, long conversationId, long attachmentId) {
        if (!mayAccess(visitor, conversationId)) {
            return false;
        }
        return store.messagesAfter(conversationId, 0, false, 1000).stream()
                .flatMap(m -> m.attachments().stream())
                .anyMatch(f -> f.id() == attachmentId);
    }

    /** The form shown when nobody is online: a ticket on the chat channel, answered by email. */
    public TicketView leaveMessage(WidgetView widget, OfflineMessage message) {
        List<FieldViolation> problems = new ArrayList<>();
        checkText(message.text(), "text", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> fields = message.fields() == null ? Map.of() : message.fields();
        String extra = answers(widget, fields);
        return tickets.open(
                new NewTicket(
                        subject(message.text()),
                        new NewTicket.Requester(
                                message.email().strip(), message.name().strip()),
                        null,
                        Channel.WEB,
                        null,
                        null,
                        List.of("chat_offline"),
                        widget.teamId(),
                        null,
                        null,
                        null,
                        new NewMessage(
                                message.text().strip() + (extra.isEmpty() ? "" : "\n" + extra),
                                null,
                                Visibility.PUBLIC,
                                NewMessage.AuthorType.CUSTOMER,
                                Channel.WEB,
                                null,
                                null)),
                Actor.SYSTEM);
    }

    // ---- agents

    public ChatMessageView postFromAgent(
            AgentPrincipal agent,
            long conversationId,
            String clientMessageId,
            String text,
            boolean internal,
            List<AttachmentView> files) {
        Conversation c = store.find(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId));
        if (c.state() == State.ENDED && !internal) {
            throw new ConflictException("chat_ended", "This chat has ended; reply on the ticket to answer by email.");
        }
        return post(conversationId, clientMessageId, text, files, internal, agent.actor());
    }

    public void agentTyping(AgentPrincipal agent, long conversationId, boolean typing) {
        store.find(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId));
        broadcaster.ephemeral(
                conversationId, Map.of("type", "typing", "author", "agent", "typing", typing, "name", agent.name()));
    }

    public void agentRead(AgentPrincipal agent, long conversationId, long seq) {
        store.find(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId));
        store.markRead(conversationId, false, seq);
        broadcaster.ephemeral(conversationId, Map.of("type", "read", "by", "agent", "seq", seq));
    }

    /** The chats waiting for an agent, longest waiting first. */
    public List<ConversationView> queue() {
        return store.queued(200).stream().map(this::view).toList();
    }

    /** An agent's open chats, oldest first. */
    public List<ConversationView> openChats(long agentId) {
        return store.open(agentId).stream().map(this::view).toList();
    }

    /** Agents who are online or away for chats, with their load: whom a chat can be transferred to. */
    public List<AgentLoad> agents() {
        return router.states().stream()
                .filter(s -> !"offline".equals(s.presence()))
                .map(s -> directory
                        .agent(s.agentId())
                        .filter(AgentRef::active)
                        .map(a -> new AgentLoad(
                                a.id(), a.name(), s.presence(), s.chatCapacity(), store.countOpen(a.id())))
                        .orElse(null))
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(AgentLoad::name))
                .toList();
    }

    /** An agent's chat presence and load. */
    public record AgentLoad(long id, String name, String presence, int capacity, int open) {}

    /** Every line of a conversation for agents, internal notes included. */
    public List<ChatMessageView> transcript(long conversationId, long afterSeq) {
        store.find(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId));
        return store.messagesAfter(conversationId, afterSeq, true, 1000);
    }

    public ConversationView get(long conversationId) {
        return view(store.find(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId)));
    }

    /** Ends a chat; with {@code solve} the ticket is submitted as solved in the same step. */
    public ConversationView end(long conversationId, Actor actor, boolean solve) {
        ConversationView ended = tx.execute(status -> {
            Conversation c =
                    store.lock(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId));
            if (c.state() == State.ENDED) {
                return view(c);
            }
            Instant now = now();
            store.end(conversationId, now);
            String who = actor.isAgent() ? actor.name() : "The visitor";
            systemLine(c, who + " ended the chat.", now);
            if (solve) {
                tickets.update(c.ticketId(), TicketChanges.ofStatus(TicketStatus.SOLVED), null, actor);
            }
            ConversationView view = view(store.find(conversationId).orElseThrow());
            broadcaster.state(view);
            if (c.agentId() != null) {
                directory.agent(c.agentId()).ifPresent(a -> broadcaster.toAgent(a.email(), "ended", view));
            }
            return view;
        });
        router.routeSoon();
        return ended;
    }

    /**
     * Hands a chat to another agent (who must be online with free capacity) or back to a team's queue, with an
     * internal note saying why.
     */
    public ConversationView transfer(long conversationId, Long toAgentId, Long toTeamId, String note, Actor actor) {
        if ((toAgentId == null) == (toTeamId == null)) {
            throw new InvalidInputException("agentId", "give either agentId or teamId");
        }
        ConversationView moved = tx.execute(status -> {
            Conversation c =
                    store.lock(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId));
            if (c.state() == State.ENDED) {
                throw new ConflictException("chat_ended", "This chat has ended.");
            }
            String target;
            if (toAgentId != null) {
                AgentRef to = directory
                        .agent(toAgentId)
                        .filter(AgentRef::active)
                        .orElseThrow(() -> new InvalidInputException("agentId", "is not an active agent"));
                router.assignNow(c, to, "transfer");
                target = to.name();
            } else {
                var team = directory
                        .team(toTeamId)
                        .orElseThrow(() -> new InvalidInputException("teamId", "is not a team"));
                store.requeue(c.id(), toTeamId, null);
                tickets.update(c.ticketId(), TicketChanges.ofTeam(toTeamId), null, actor);
                target = "the " + team.name() + " queue";
            }
            post(
                    conversationId,
                    "t-" + java.util.UUID.randomUUID(),
                    "Chat transferred to " + target + (note == null || note.isBlank() ? "." : ": " + note.strip()),
                    null,
                    true,
                    actor);
            ConversationView view = view(store.find(conversationId).orElseThrow());
            broadcaster.state(view);
            if (c.agentId() != null) {
                directory.agent(c.agentId()).ifPresent(a -> broadcaster.toAgent(a.email(), "transferred", view));
            }
            return view;
        });
        router.routeSoon();
        return moved;
    }

    // ---- shared

    private ChatMessageView post(
            long conversationId,
            String clientMessageId,
            String text,
            List<AttachmentView> files,
            boolean internal,
            Actor agent) {
        List<FieldViolation> problems = new ArrayList<>();
        if (clientMessageId == null || !clientMessageId.matches("[A-Za-z0-9_-]{1,64}")) {
            problems.add(new FieldViolation("clientMessageId", "must be 1 to 64 letters, digits, - or _"));
        }
        List<AttachmentView> attached = files == null ? List.of() : files;
        if (attached.isEmpty()) {
            checkText(text, "text", problems);
        } else if (text != null && text.length() > properties.maxMessageLength()) {
            problems.add(
                    new FieldViolation("text", "must be at most " + properties.maxMessageLength() + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tx.execute(status -> {
            Conversation c =
                    store.lock(conversationId).orElseThrow(() -> new NotFoundException("Chat", conversationId));
            Optional<ChatMessageView> repeated = store.messageByClientId(conversationId, clientMessageId);
            if (repeated.isPresent()) {
                broadcaster.message(repeated.get());
                return repeated.get();
            }
            String body = text == null ? "" : text.strip();
            CustomerRef customer =
                    agent == null ? customers.find(c.customerId()).orElse(null) : null;
            Actor actor =
                    agent != null ? agent : Actor.customer(c.customerId(), customer == null ? null : customer.name());
            NewMessage message = new NewMessage(
                    body.isEmpty() ? null : body,
                    null,
                    internal ? Visibility.INTERNAL : Visibility.PUBLIC,
                    agent == null ? NewMessage.AuthorType.CUSTOMER : NewMessage.AuthorType.AGENT,
                    Channel.CHAT,
                    attached.stream()
                            .map(f -> new AttachmentInput(f.id(), null, null, null))
                            .toList(),
                    null);
            PostedMessage posted;
            POSTING.set(true);
            try {
                posted = tickets.addMessage(c.ticketId(), message, actor);
            } finally {
                POSTING.set(false);
            }
            if (posted.ticket().id() != c.ticketId()) {
                store.moveToTicket(conversationId, posted.ticket().id());
            }
            long seq = store.nextSeq(conversationId);
            ChatMessageView line = new ChatMessageView(
                    "message",
                    conversationId,
                    seq,
                    clientMessageId,
                    new ChatMessageView.Author(agent == null ? "visitor" : "agent", actor.id(), actor.name()),
                    body,
                    posted.message().attachments().stream()
                            .map(a -> new ChatMessageView.ChatFile(
                                    a.id(),
                                    a.filename(),
                                    a.contentType(),
                                    a.size(),
                                    "/chat/api/conversations/" + conversationId + "/files/" + a.id()))
                            .toList(),
                    internal,
                    posted.message().createdAt());
            store.insertMessage(
                    conversationId, seq, clientMessageId, posted.message().id(), line);
            broadcaster.message(line);
            return line;
        });
    }

    /**
     * A public reply written on the ticket page (not in the console) while its chat is open goes to the visitor
     * too, as a chat line.
     */
    @EventListener
    void onMessagePosted(TicketEvents.MessagePosted event) {
        if (POSTING.get()
                || event.visibility() != Visibility.PUBLIC
                || !event.actor().isAgent()) {
            return;
        }
        store.openOnTicket(event.ticketId()).ifPresent(c -> {
            MessageView message = tickets.message(event.messageId());
            store.lock(c.id());
            long seq = store.nextSeq(c.id());
            ChatMessageView line = new ChatMessageView(
                    "message",
                    c.id(),
                    seq,
                    "m-" + message.id(),
                    new ChatMessageView.Author(
                            "agent", event.actor().id(), event.actor().name()),
                    message.body(),
                    List.of(),
                    false,
                    message.createdAt());
            store.insertMessage(c.id(), seq, line.clientMessageId(), message.id(), line);
            broadcaster.message(line);
        });
    }

    private void systemLine(Conversation c, String text, Instant now) {
        long seq = store.nextSeq(c.id());
        ChatMessageView line = new ChatMessageView(
                "message",
                c.id(),
                seq,
                "s-" + seq,
                new ChatMessageView.Author("system", null, "Frontline"),
                text,
                List.of(),
                false,
                now);
        store.insertMessage(c.id(), seq, line.clientMessageId(), null, line);
        broadcaster.message(line);
    }

    private Conversation owned(ChatVisitor visitor, long conversationId) {
        return store.find(conversationId)
                .filter(c -> owns(visitor, c))
                .orElseThrow(() -> new NotFoundException("Chat", conversationId));
    }

    private static boolean owns(ChatVisitor visitor, Conversation c) {
        return c.visitorId().equals(visitor.visitorId())
                || (visitor.verifiedCustomerId() != null && visitor.verifiedCustomerId() == c.customerId());
    }

    ConversationView view(Conversation c) {
        ConversationView.Agent agent = c.agentId() == null
                ? null
                : directory
                        .agent(c.agentId())
                        .map(a -> new ConversationView.Agent(a.id(), a.name(), initials(a.name())))
                        .orElse(null);
        CustomerRef customer = customers.find(c.customerId()).orElse(null);
        return new ConversationView(
                c.id(),
                c.ticketId(),
                c.widgetId(),
                c.state().wire(),
                c.state() == State.QUEUED ? store.position(c) : null,
                agent,
                c.teamId(),
                c.customerId(),
                customer == null ? null : customer.name(),
                customer == null ? null : customer.email(),
                c.language(),
                c.queuedAt(),
                c.assignedAt(),
                c.endedAt(),
                c.lastSeq(),
                c.visitorReadSeq(),
                c.agentReadSeq());
    }

    private String name(Conversation c) {
        return customers.find(c.customerId()).map(CustomerRef::name).orElse("Visitor");
    }

    private void checkText(String text, String field, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation(field, "must not be blank"));
        } else if (text.length() > properties.maxMessageLength()) {
            problems.add(new FieldViolation(field, "must be at most " + properties.maxMessageLength() + " characters"));
        }
    }

    /** The visitor's answers to the widget's extra pre-chat questions, one "Label: answer" line each. */
    private static String answers(WidgetView widget, Map<String, String> fields) {
        return widget.prechatFields().stream()
                .filter(f -> fields.get(f.key()) != null && !fields.get(f.key()).isBlank())
                .map(f -> f.label() + ": " + fields.get(f.key()).strip())
                .collect(Collectors.joining("\n"));
    }

    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] parts = name.strip().split("\\s+");
        String first = parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    private static String subject(String text) {
        String line = text.strip().lines().findFirst().orElse("Chat").strip();
        return "Chat: " + (line.length() > 80 ? line.substring(0, 77) + "…" : line);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
