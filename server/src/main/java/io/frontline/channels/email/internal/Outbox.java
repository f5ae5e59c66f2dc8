package io.frontline.channels.email.internal;

import io.frontline.customers.CustomerRef;
import io.frontline.kernel.Actor;
import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Attachments;
import io.frontline.tickets.Channel;
import io.frontline.tickets.MessageView;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.PostedMessage;
import io.frontline.tickets.TicketEvents;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of the email channel. An agent's public reply is queued in the transaction that posts it, so a reply is
 * never lost between the database and the mail server; the queue is sent by SMTP with retries and a doubling backoff,
 * and each message's delivery state (queued, sent, failed with the reason) is kept for the workspace.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Channel> SENT_BY_EMAIL = Set.of(Channel.EMAIL, Channel.WEB, Channel.API);
    private static final Duration LEASE = Duration.ofMinutes(5);

    static final String ACK_SUBJECT = "[#{{ticket.id}}] We received your request: {{ticket.subject}}";
    static final String ACK_BODY = """
            Hello {{customer.name}},

            thank you for your message. It has been received as ticket #{{ticket.id}}, and we will answer as soon \
            as we can. To add anything, simply reply to this email.
            """;

    private final EmailMessageRepository emails;
    private final MailboxRepository mailboxes;
    private final Tickets tickets;
    private final Attachments attachments;
    private final SmtpSender smtp;
    private final EmailProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AtomicBoolean draining = new AtomicBoolean();
    private static final Duration SENDERS_TTL = Duration.ofSeconds(30);
    private volatile Instant sendersCheckedAt;
    private volatile boolean anySender;

    Outbox(
            EmailMessageRepository emails,
            MailboxRepository mailboxes,
            Tickets tickets,
            Attachments attachments,
            SmtpSender smtp,
            EmailProperties properties,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.emails = emails;
        this.mailboxes = mailboxes;
        this.tickets = tickets;
        this.attachments = attachments;
        this.smtp = smtp;
        this.properties = properties;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Queues an agent's public reply for email, inside the transaction that posted it. */
    @EventListener
    void onMessagePosted(TicketEvents.MessagePosted event) {
        // agents' replies and the replies rules send on their own (reminders, acknowledgements) go out by email
        boolean written = event.actor().isAgent() || event.actor().isAutomation();
        if (event.visibility() != Visibility.PUBLIC || !written || !anyMailboxCanSend()) {
            return;
        }
        MessageView message = tickets.message(event.messageId());
        TicketView ticket = tickets.get(message.ticketId());
        // a chat's own lines stay in the chat; a reply written on the ticket page goes out by email
        if (!SENT_BY_EMAIL.contains(message.channel())
                || ticket.channel() == Channel.SOCIAL
                || ticket.requester().email() == null) {
            return;
        }
        Optional<Mailbox> mailbox = sendingMailbox(ticket);
        if (mailbox.isEmpty()) {
            return;
        }
        List<EmailMessage> thread = emails.findByTicketIdOrderById(ticket.id());
        boolean answering = thread.stream().anyMatch(e -> e.getDirection() == EmailMessage.Direction.IN);
        String subject = (answering ? "Re: " : "") + stripToken(ticket.subject()) + " [#" + ticket.id() + "]";
        enqueue(EmailMessage.outbound(
                ticket.id(),
                message.id(),
                EmailMessage.Kind.REPLY,
                newMessageId(ticket.id()),
                mailbox.get().getId(),
                ticket.requester().email(),
                copied(thread, ticket, mailbox.get()),
                subject,
                clock.instant()));
    }

    /**
     * Whether any mailbox can send at all, remembered for a short while: without one, replies cost no extra query.
     * Another node's change is seen within {@link #SENDERS_TTL}; this node's at once.
     */
    boolean anyMailboxCanSend() {
        Instant now = clock.instant();
        if (sendersCheckedAt == null || now.isAfter(sendersCheckedAt.plus(SENDERS_TTL))) {
            anySender = mailboxes.findAll().stream().anyMatch(Mailbox::canSend);
            sendersCheckedAt = now;
        }
        return anySender;
    }

    @org.springframework.transaction.event.TransactionalEventListener
    void onMailboxChanged(io.frontline.channels.email.Mailboxes.MailboxChanged event) {
        sendersCheckedAt = null;
    }

    /** Sends the acknowledgement of a new ticket, recorded on the ticket as a message from Frontline. */
    public void acknowledge(long ticketId, Mailbox mailbox, CustomerRef customer) {
        if (!mailbox.canSend() || customer.email() == null) {
            return;
        }
        TicketView ticket = tickets.get(ticketId);
        String subject = render(orDefault(mailbox.getAckSubject(), ACK_SUBJECT), ticket, customer);
        String body = render(orDefault(mailbox.getAckBody(), ACK_BODY), ticket, customer);
        PostedMessage posted = tickets.addMessage(
                ticketId,
                new NewMessage(body, null, Visibility.PUBLIC, NewMessage.AuthorType.AGENT, Channel.EMAIL, null, null),
                Actor.SYSTEM);
        enqueue(EmailMessage.outbound(
                ticketId,
                posted.message().id(),
                EmailMessage.Kind.ACKNOWLEDGEMENT,
                newMessageId(ticketId),
                mailbox.getId(),
                customer.email(),
                null,
                subject.replaceAll("[\\r\\n]+", " "),
                clock.instant()));
        jdbc.sql("insert into email_auto_answer (address, sent_at) values (?, ?)")
                .params(customer.email().toLowerCase(Locale.ROOT), java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Emails the requester a message written by Frontline itself (a chat transcript, say) through the ticket's
     * mailbox, recorded on the ticket like every other outgoing email. Empty when no mailbox can send.
     */
    public Optional<String> sendToRequester(long ticketId, String subject, String body) {
        TicketView ticket = tickets.get(ticketId);
        Optional<Mailbox> mailbox = sendingMailbox(ticket);
        if (mailbox.isEmpty() || ticket.requester().email() == null) {
            return Optional.empty();
        }
        PostedMessage posted = tickets.addMessage(
                ticketId,
                new NewMessage(body, null, Visibility.PUBLIC, NewMessage.AuthorType.AGENT, Channel.EMAIL, null, null),
                Actor.SYSTEM);
        enqueue(EmailMessage.outbound(
                ticketId,
                posted.message().id(),
                EmailMessage.Kind.REPLY,
                newMessageId(ticketId),
                mailbox.get().getId(),
                ticket.requester().email(),
                null,
                subject.replaceAll("[\\r\\n]+", " ") + " [#" + ticketId + "]",
                clock.instant()));
        return Optional.of(ticket.requester().email());
    }

    /** Whether an address may receive one more automatic answer within the configured window. */
    public boolean mayAutoAnswer(String address) {
        if (address == null) {
            return false;
        }
        Instant since = clock.instant().minus(properties.autoAnswerWindow());
        long sent = jdbc.sql("select count(*) from email_auto_answer where address = ? and sent_at > ?")
                .params(address.toLowerCase(Locale.ROOT), java.sql.Timestamp.from(since))
                .query(Long.class)
                .single();
        return sent < properties.autoAnswerLimit();
    }

    /** Queues an outbound email in the caller's transaction; the drain starts once it commits. */
    void enqueue(EmailMessage outbound) {
        emails.save(outbound);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        }
    }

    /** Sends what is due now on a background thread, unless a drain is already running. */
    public void wake() {
        Thread.ofVirtual().name("email-outbox").start(this::drain);
    }

    @Scheduled(fixedDelayString = "${frontline.email.outbox-interval}", initialDelayString = "PT5S")
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            recoverStuck();
            List<Long> due;
            do {
                due = emails.findDue(clock.instant(), PageRequest.of(0, 20));
                for (Long id : due) {
                    sendOne(id);
                }
            } while (!due.isEmpty());
        } catch (RuntimeException e) {
            log.warn("Email outbox run failed: {}", e.toString());
        } finally {
            draining.set(false);
        }
    }

    private void recoverStuck() {
        tx.executeWithoutResult(s -> emails.findStuck(clock.instant())
                .forEach(e -> e.retryLater("sending was interrupted", clock.instant(), Duration.ZERO)));
    }

    private void sendOne(long id) {
        Claimed claimed;
        try {
            claimed = tx.execute(s -> claim(id));
        } catch (ObjectOptimisticLockingFailureException e) {
            return; // another node took it
        }
        if (claimed == null) {
            return;
        }
        SmtpSender.Result result = smtp.send(claimed.mailbox(), claimed.mail());
        tx.executeWithoutResult(s -> record(id, result));
    }

    record Claimed(Mailbox mailbox, SmtpSender.OutboundMail mail) {}

    private Claimed claim(long id) {
        EmailMessage outbound = emails.findById(id).orElse(null);
        if (outbound == null || outbound.getState() != EmailMessage.State.QUEUED) {
            return null;
        }
        Mailbox mailbox = mailboxes.findById(outbound.getMailboxId()).orElse(null);
        if (mailbox == null || !mailbox.canSend()) {
            outbound.failed(outbound.getRecipients(), "the mailbox to send from has no SMTP settings or is inactive");
            return null;
        }
        if (outbound.getKind() == EmailMessage.Kind.NOTIFICATION) {
            outbound.sending(clock.instant().plus(LEASE));
            return new Claimed(
                    mailbox,
                    new SmtpSender.OutboundMail(
                            outbound.getHeaderMessageId(),
                            outbound.getRecipients(),
                            null,
                            outbound.getSubject(),
                            outbound.getBodyText(),
                            outbound.getBodyHtml(),
                            null,
                            List.of(),
                            "auto-generated",
                            outbound.getTicketId(),
                            List.of()));
        }
        MessageView message = tickets.message(outbound.getMessageId());
        List<EmailMessage> thread = emails.findByTicketIdOrderById(outbound.getTicketId());
        String inReplyTo = null;
        for (EmailMessage e : thread) {
            if (e.getDirection() == EmailMessage.Direction.IN && e.getKind() == EmailMessage.Kind.CUSTOMER) {
                inReplyTo = e.getHeaderMessageId();
            }
        }
        List<String> references = references(thread, outbound);
        List<SmtpSender.File> files = new ArrayList<>();
        for (AttachmentView a : message.attachments()) {
            files.add(new SmtpSender.File(a.id(), a.filename(), a.contentType()));
        }
        outbound.sending(clock.instant().plus(LEASE));
        return new Claimed(
                mailbox,
                new SmtpSender.OutboundMail(
                        outbound.getHeaderMessageId(),
                        outbound.getRecipients(),
                        outbound.getCc(),
                        outbound.getSubject(),
                        message.body(),
                        message.bodyHtml(),
                        inReplyTo,
                        references,
                        outbound.getKind() == EmailMessage.Kind.ACKNOWLEDGEMENT ? "auto-replied" : null,
                        outbound.getTicketId(),
                        files));
    }

    private void record(long id, SmtpSender.Result result) {
        EmailMessage outbound = emails.findById(id).orElseThrow();
        Instant now = clock.instant();
        if (result.sent()) {
            outbound.sent(now);
            return;
        }
        boolean last = result.permanent() || outbound.getAttempts() >= properties.maxAttempts();
        if (!last) {
            Duration delay = properties.retryDelay().multipliedBy(1L << Math.min(outbound.getAttempts() - 1, 16));
            outbound.retryLater(result.error(), now, delay);
            return;
        }
        outbound.failed(outbound.getRecipients(), result.error());
        if (outbound.getKind() == EmailMessage.Kind.NOTIFICATION) {
            // the agent still has the notification in the app; the ticket's conversation is not the place for this
            log.info(
                    "Notification email {} to {} failed after {} attempt(s): {}",
                    id,
                    outbound.getRecipients(),
                    outbound.getAttempts(),
                    result.error());
            return;
        }
        tickets.addMessage(
                outbound.getTicketId(),
                new NewMessage(
                        "Email to " + outbound.getRecipients() + " could not be sent after " + outbound.getAttempts()
                                + " attempt(s): " + result.error(),
                        null,
                        Visibility.INTERNAL,
                        NewMessage.AuthorType.AGENT,
                        Channel.EMAIL,
                        null,
                        null),
                Actor.SYSTEM);
    }

    /** The thread's first message and its most recent ones: enough for every client to thread, bounded in size. */
    private static List<String> references(List<EmailMessage> thread, EmailMessage outbound) {
        List<String> ids = thread.stream()
                .filter(e -> !e.getId().equals(outbound.getId())
                        && e.getKind() != EmailMessage.Kind.BOUNCE
                        && e.getKind() != EmailMessage.Kind.AUTO_REPLY
                        && e.getKind() != EmailMessage.Kind.NOTIFICATION
                        && e.getKind() != EmailMessage.Kind.AGENT_NOTE)
                .map(EmailMessage::getHeaderMessageId)
                .filter(h -> !h.endsWith(".invalid"))
                .distinct()
                .toList();
        if (ids.size() <= 20) {
            return ids;
        }
        List<String> bounded = new ArrayList<>();
        bounded.add(ids.getFirst());
        bounded.addAll(ids.subList(ids.size() - 19, ids.size()));
        return bounded;
    }

    private Optional<Mailbox> sendingMailbox(TicketView ticket) {
        List<EmailMessage> thread = emails.findByTicketIdOrderById(ticket.id());
        for (EmailMessage e : thread.reversed()) {
            if (e.getMailboxId() != null && e.getKind() != EmailMessage.Kind.NOTIFICATION) {
                Optional<Mailbox> m = mailboxes.findById(e.getMailboxId()).filter(Mailbox::canSend);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return agentMailbox(ticket);
    }

    /**
     * The ticket team's mailbox, else the first able to send: where an email to an agent about {@code ticket} leaves
     * from, and a reply on a ticket whose thread has no mailbox yet.
     */
    Optional<Mailbox> agentMailbox(TicketView ticket) {
        List<Mailbox> all = mailboxes.findAllByOrderByAddress().stream()
                .filter(Mailbox::canSend)
                .toList();
        return all.stream()
                .filter(m -> ticket.teamId() != null && ticket.teamId().equals(m.getTeamId()))
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    /** Whether {@code address} is one of Frontline's own mailboxes (mail to it would come back in). */
    boolean isOwnAddress(String address) {
        return mailboxes.findAll().stream().anyMatch(m -> m.getAddress().equalsIgnoreCase(address.strip()));
    }

    String newMessageId(String prefix, long ticketId) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return prefix + "-" + ticketId + "." + HexFormat.of().formatHex(random) + "@" + properties.messageIdDomain();
    }

    /** Those copied on the customer's latest email stay copied, except Frontline's own addresses and the requester. */
    private String copied(List<EmailMessage> thread, TicketView ticket, Mailbox from) {
        String cc = null;
        for (EmailMessage e : thread) {
            if (e.getDirection() == EmailMessage.Direction.IN && e.getKind() == EmailMessage.Kind.CUSTOMER) {
                cc = e.getCc();
            }
        }
        if (cc == null || cc.isBlank()) {
            return null;
        }
        Set<String> own = new LinkedHashSet<>();
        mailboxes.findAll().forEach(m -> own.add(m.getAddress().toLowerCase(Locale.ROOT)));
        own.add(from.getAddress().toLowerCase(Locale.ROOT));
        own.add(ticket.requester().email().toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>();
        for (String address : cc.split(",")) {
            String a = address.strip();
            if (!a.isEmpty() && !own.contains(a.toLowerCase(Locale.ROOT))) {
                kept.add(a);
            }
        }
        return kept.isEmpty() ? null : String.join(", ", kept);
    }

    private String newMessageId(long ticketId) {
        return newMessageId("ticket", ticketId);
    }

    static String stripToken(String subject) {
        return subject.replaceAll("\\s*\\[#\\d+]", "").strip();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static String render(String template, TicketView ticket, CustomerRef customer) {
        String name = customer.name() == null || customer.name().isBlank() ? customer.email() : customer.name();
        return template.replace("{{ticket.id}}", String.valueOf(ticket.id()))
                .replace("{{ticket.subject}}", ticket.subject())
                .replace("{{customer.name}}", name)
                .replace("{{customer.email}}", customer.email());
    }
}
