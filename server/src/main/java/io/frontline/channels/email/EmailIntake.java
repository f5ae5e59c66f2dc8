package io.frontline.channels.email;

import io.frontline.channels.email.classify.BounceRecipient;
import io.frontline.channels.email.classify.DeliveryAction;
import io.frontline.channels.email.classify.MailClassification;
import io.frontline.channels.email.classify.MailClassifier;
import io.frontline.channels.email.classify.MailKind;
import io.frontline.channels.email.internal.EmailMessage;
import io.frontline.channels.email.internal.EmailMessageRepository;
import io.frontline.channels.email.internal.EmailProperties;
import io.frontline.channels.email.internal.InboundMail;
import io.frontline.channels.email.internal.InboundMailRepository;
import io.frontline.channels.email.internal.Mailbox;
import io.frontline.channels.email.internal.MailboxRepository;
import io.frontline.channels.email.internal.Outbox;
import io.frontline.channels.email.internal.RawMailStore;
import io.frontline.channels.email.internal.Threading;
import io.frontline.channels.email.mime.MailAddress;
import io.frontline.channels.email.mime.MailLimits;
import io.frontline.channels.email.mime.MailParser;
import io.frontline.channels.email.mime.MailRejectedException;
import io.frontline.channels.email.mime.ParsedAttachment;
import io.frontline.channels.email.mime.ParsedMail;
import io.frontline.channels.email.reply.ExtractedReply;
import io.frontline.channels.email.reply.ReplyExtractor;
import io.frontline.customers.CustomerDirectory;
import io.frontline.customers.CustomerRef;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.AttachmentInput;
import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Attachments;
import io.frontline.tickets.Channel;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.NewTicket;
import io.frontline.tickets.PostedMessage;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in one raw message, from IMAP or the HTTP endpoint: stores the bytes first, then parses, classifies, threads
 * and writes it as a ticket message in one transaction. A message that cannot be processed is quarantined with the
 * reason, visible to admins and reprocessable; it never blocks the messages behind it.
 */
@Service
public class EmailIntake {

    private static final Logger log = LoggerFactory.getLogger(EmailIntake.class);
    private static final int MAX_TEXT = 200_000;
    private static final int MAX_HTML = 1_000_000;
    private static final int MAX_SUBJECT = 250;

    private final RawMailStore raws;
    private final InboundMailRepository inbound;
    private final MailboxRepository mailboxes;
    private final EmailMessageRepository emails;
    private final Threading threading;
    private final Tickets tickets;
    private final Attachments attachments;
    private final CustomerDirectory customers;
    private final Directory directory;
    private final Outbox outbox;
    private final EmailProperties properties;
    private final MailParser parser;
    private final MailClassifier classifier = new MailClassifier();
    private final ReplyExtractor replies = new ReplyExtractor();
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final MeterRegistry meters;
    private final Clock clock;

    EmailIntake(
            RawMailStore raws,
            InboundMailRepository inbound,
            MailboxRepository mailboxes,
            EmailMessageRepository emails,
            Threading threading,
            Tickets tickets,
            Attachments attachments,
            CustomerDirectory customers,
            Directory directory,
            Outbox outbox,
            EmailProperties properties,
            PlatformTransactionManager transactions,
            MeterRegistry meters,
            Clock clock) {
        this.raws = raws;
        this.inbound = inbound;
        this.mailboxes = mailboxes;
        this.emails = emails;
        this.threading = threading;
        this.tickets = tickets;
        this.attachments = attachments;
        this.customers = customers;
        this.directory = directory;
        this.outbox = outbox;
        this.properties = properties;
        MailLimits defaults = MailLimits.defaults();
        this.parser = new MailParser(new MailLimits(
                properties.maxMessageSize().toBytes(),
                defaults.maxParts(),
                defaults.maxDepth(),
                properties.parseTimeout()));
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.meters = meters;
        this.clock = clock;
    }

    /** Receives one raw message handed over directly (an MTA's pipe, an import), for the mailbox with this id. */
    public IntakeResult receive(byte[] raw, Long mailboxId) {
        return receive(raw, mailboxId, InboundMail.Source.HTTP, null);
    }

    /**
     * Receives one raw message. {@code mailboxId} is the receiving mailbox when known (otherwise it is found from the
     * recipients); {@code sourceRef} identifies the message at its source (an IMAP UID) so a message fetched twice is
     * taken in once.
     */
    public IntakeResult receive(byte[] raw, Long mailboxId, InboundMail.Source source, String sourceRef) {
        if (sourceRef != null) {
            Optional<InboundMail> seen = inbound.findByMailboxIdAndSourceRef(mailboxId, sourceRef);
            if (seen.isPresent()) {
                return result(seen.get(), true);
            }
        }
        String sha = raws.store(raw);
        InboundMail stored;
        try {
            stored = newTx.execute(
                    s -> inbound.save(new InboundMail(mailboxId, source, sourceRef, sha, raw.length, clock.instant())));
        } catch (DataIntegrityViolationException e) {
            // another node or poll took the same source message in at the same moment
            return inbound.findByMailboxIdAndSourceRef(mailboxId, sourceRef)
                    .map(m -> result(m, true))
                    .orElseThrow(() -> e);
        }
        return process(stored.getId());
    }

    /** Processes (again) a stored message; used for reprocessing quarantined ones and after a crash. */
    public IntakeResult process(long inboundId) {
        long start = System.nanoTime();
        IntakeResult result = processOnce(inboundId);
        // wall time, an upper bound of the CPU time spent: virtual threads have no CPU clock of their own
        Timer.builder("frontline.email.intake.duration")
                .description("Time spent processing one inbound email, from stored bytes to ticket message")
                .tag("outcome", result.outcome() == null ? "none" : result.outcome())
                .register(meters)
                .record(Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    private IntakeResult processOnce(long inboundId) {
        try {
            // parsing and classifying are pure CPU work: done before the transaction, so they hold no connection
            InboundMail stored =
                    inbound.findById(inboundId).orElseThrow(() -> new NotFoundException("Inbound message", inboundId));
            byte[] raw = raws.read(stored.getSha256());
            if (raw.length > properties.maxMessageSize().toBytes()) {
                throw new MailRejectedException(
                        MailRejectedException.Reason.TOO_LARGE,
                        "the message is " + raw.length + " bytes, more than the limit of "
                                + properties.maxMessageSize().toBytes() + " (frontline.email.max-message-size)");
            }
            ParsedMail mail = parser.parse(raw);
            MailClassification verdict = classifier.classify(mail);
            for (int attempt = 1; ; attempt++) {
                try {
                    return tx.execute(s -> doProcess(inboundId, mail, verdict));
                } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
                    // another message changed the same ticket or created the same customer meanwhile: go again
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Inbound message {} quarantined: {}", inboundId, e.toString());
            String reason = reason(e);
            return newTx.execute(s -> {
                InboundMail mail = inbound.findById(inboundId)
                        .orElseThrow(() -> new NotFoundException("Inbound message", inboundId));
                mail.quarantined(reason, clock.instant());
                return result(mail, false);
            });
        }
    }

    private static String reason(RuntimeException e) {
        if (e instanceof MailRejectedException) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "processing failed: " + message;
    }

    private IntakeResult doProcess(long inboundId, ParsedMail mail, MailClassification verdict) {
        InboundMail in =
                inbound.findById(inboundId).orElseThrow(() -> new NotFoundException("Inbound message", inboundId));
        in.describe(mail.messageId(), mail.from() == null ? null : mail.from().address(), mail.subject());
        Mailbox mailbox = mailbox(in, mail);

        if (mail.messageId() != null) {
            List<InboundMail> earlier = inbound.findProcessedByHeaderMessageId(mail.messageId(), PageRequest.of(0, 1));
            if (!earlier.isEmpty() && !earlier.getFirst().getId().equals(in.getId())) {
                InboundMail first = earlier.getFirst();
                in.processed(first.getOutcome(), first.getTicketId(), first.getMessageId(), clock.instant());
                return result(in, true);
            }
            List<EmailMessage> own = emails.findByHeaderMessageIds(List.of(mail.messageId()));
            Optional<EmailMessage> sent = own.stream()
                    .filter(e -> e.getDirection() == EmailMessage.Direction.OUT)
                    .findFirst();
            if (sent.isPresent()) {
                // a copy of Frontline's own reply came back (Bcc to the support address, a forwarding loop)
                in.processed("auto_reply", sent.get().getTicketId(), sent.get().getMessageId(), clock.instant());
                return result(in, true);
            }
        }

        return switch (verdict.kind()) {
            case BOUNCE, DELIVERY_REPORT -> bounce(in, mail, verdict);
            case AUTO_REPLY -> autoReply(in, mail, verdict, mailbox);
            default -> customerMessage(in, mail, verdict, mailbox);
        };
    }

    private Mailbox mailbox(InboundMail in, ParsedMail mail) {
        if (in.getMailboxId() != null) {
            return mailboxes.findById(in.getMailboxId()).orElse(null);
        }
        for (String address : recipients(mail)) {
            Optional<Mailbox> found = mailboxes.findByAddress(address);
            if (found.isPresent()) {
                in.setMailboxId(found.get().getId());
                return found.get();
            }
        }
        return null;
    }

    private static List<String> recipients(ParsedMail mail) {
        List<String> addresses = new ArrayList<>();
        Stream.of("delivered-to", "x-original-to", "envelope-to")
                .map(mail::header)
                .filter(v -> v != null && v.contains("@"))
                .forEach(v -> addresses.add(v.strip().replaceAll("^<|>$", "")));
        Stream.concat(mail.to().stream(), mail.cc().stream())
                .map(MailAddress::address)
                .filter(a -> a != null && a.contains("@"))
                .forEach(addresses::add);
        return addresses;
    }

    private IntakeResult bounce(InboundMail in, ParsedMail mail, MailClassification verdict) {
        var report = verdict.report();
        Set<String> ids = new LinkedHashSet<>();
        if (report != null && report.originalMessageId() != null) {
            ids.add(report.originalMessageId());
        }
        ids.addAll(mail.inReplyTo());
        ids.addAll(mail.references());
        Optional<EmailMessage> original = ids.isEmpty()
                ? Optional.empty()
                : emails.findByHeaderMessageIds(ids).stream()
                        .filter(e -> e.getDirection() == EmailMessage.Direction.OUT)
                        .findFirst();
        if (original.isEmpty()) {
            in.processed("bounce", null, null, clock.instant());
            return result(in, false);
        }
        EmailMessage sent = original.get();
        String note;
        if (verdict.kind() == MailKind.BOUNCE) {
            BounceRecipient failed = report == null
                    ? null
                    : report.recipients().stream()
                            .filter(r -> r.action() == DeliveryAction.FAILED)
                            .findFirst()
                            .orElse(
                                    report.recipients().isEmpty()
                                            ? null
                                            : report.recipients().getFirst());
            String recipient = failed == null ? sent.getRecipients() : failed.address();
            String why = failed == null
                    ? "the receiving server reported a failure"
                    : Stream.of(
                                    failed.status(),
                                    failed.reason() == null
                                            ? null
                                            : failed.reason().name(),
                                    failed.diagnostic())
                            .filter(v -> v != null && !v.isBlank())
                            .collect(Collectors.joining(" · "));
            sent.failed(recipient, why);
            note = "Email delivery to " + recipient + " failed: " + why;
        } else {
            note = "Delivery report for the email sent on " + sent.getCreatedAt() + ": " + verdict.signal();
        }
        PostedMessage posted = tickets.addMessage(
                sent.getTicketId(),
                new NewMessage(note, null, Visibility.INTERNAL, NewMessage.AuthorType.AGENT, Channel.EMAIL, null, null),
                Actor.SYSTEM);
        emails.save(EmailMessage.inbound(
                posted.ticket().id(),
                posted.message().id(),
                EmailMessage.Kind.BOUNCE,
                headerId(mail, in),
                in.getMailboxId(),
                in.getId(),
                "reports on the email sent on " + sent.getCreatedAt(),
                null,
                clock.instant()));
        in.processed("bounce", posted.ticket().id(), posted.message().id(), clock.instant());
        return result(in, false);
    }

    private IntakeResult autoReply(InboundMail in, ParsedMail mail, MailClassification verdict, Mailbox mailbox) {
        MailAddress from = sender(mail);
        CustomerRef sender = customers.findOrCreateByEmail(from.address(), from.name(), Actor.SYSTEM);
        Threading.Decision decision = threading.decide(mail, sender);
        if (decision.isNew()) {
            // nothing to attach it to: kept raw, listed with its outcome, never answered
            in.processed("auto_reply", null, null, clock.instant());
            return result(in, false);
        }
        String text = clip(Optional.ofNullable(mail.text()).orElse(""), 4000);
        PostedMessage posted = tickets.addMessage(
                decision.ticketId(),
                new NewMessage(
                        "Automatic reply from " + from.address() + " (" + verdict.signal() + "):\n\n" + text,
                        null,
                        Visibility.INTERNAL,
                        NewMessage.AuthorType.AGENT,
                        Channel.EMAIL,
                        null,
                        null),
                Actor.SYSTEM);
        emails.save(EmailMessage.inbound(
                posted.ticket().id(),
                posted.message().id(),
                EmailMessage.Kind.AUTO_REPLY,
                headerId(mail, in),
                mailbox == null ? null : mailbox.getId(),
                in.getId(),
                decision.reason(),
                null,
                clock.instant()));
        in.processed("auto_reply", posted.ticket().id(), posted.message().id(), clock.instant());
        return result(in, false);
    }

    private IntakeResult customerMessage(InboundMail in, ParsedMail mail, MailClassification verdict, Mailbox mailbox) {
        MailAddress from = sender(mail);
        CustomerRef sender = customers.findOrCreateByEmail(from.address(), from.name(), Actor.SYSTEM);
        Threading.Decision decision = threading.decide(mail, sender);
        // an agent answering by email (to a notification, say) writes an internal note, never a customer message
        AgentRef agent = decision.isNew()
                ? null
                : directory
                        .agentByEmail(from.address())
                        .filter(AgentRef::active)
                        .orElse(null);
        Actor author =
                agent != null ? Actor.agent(agent.id(), agent.name()) : Actor.customer(sender.id(), sender.name());

        List<String> notes = new ArrayList<>(mail.problems());
        List<AttachmentInput> files = new ArrayList<>();
        Map<String, Long> inline = new LinkedHashMap<>();
        for (ParsedAttachment part : mail.attachments()) {
            AttachmentView stored = attachments.upload(
                    new ByteArrayInputStream(part.data()), filename(part), contentType(part), author);
            files.add(new AttachmentInput(stored.id(), null, null, null));
            if (part.contentId() != null) {
                inline.put(part.contentId(), stored.id());
            }
        }
        String html = mail.html();
        String text = mail.text();
        if (!decision.isNew()) {
            ExtractedReply reply = html != null ? replies.fromHtml(html) : replies.fromText(text == null ? "" : text);
            if (reply.reply() != null && !reply.reply().isBlank()) {
                text = reply.reply();
                html = html == null ? null : reply.replyHtml();
            }
        }
        if (html != null) {
            for (var cid : inline.entrySet()) {
                html = html.replace("cid:" + cid.getKey(), "/attachments/" + cid.getValue());
            }
            if (html.length() > MAX_HTML) {
                notes.add("the HTML body was larger than " + MAX_HTML + " characters and is shown as text");
                html = null;
            }
        }
        if (text != null && text.length() > MAX_TEXT) {
            notes.add("the text was cut at " + MAX_TEXT + " characters; the raw message has all of it");
            text = text.substring(0, MAX_TEXT);
        }
        if ((text == null || text.isBlank()) && html == null) {
            text = files.isEmpty() ? "(empty message)" : "(attachments only)";
        }
        NewMessage message = agent != null
                ? new NewMessage(
                        text, html, Visibility.INTERNAL, NewMessage.AuthorType.AGENT, Channel.EMAIL, files, null)
                : new NewMessage(
                        text, html, Visibility.PUBLIC, NewMessage.AuthorType.CUSTOMER, Channel.EMAIL, files, null);
        String cc = addresses(mail.cc());
        long ticketId;
        long messageId;
        String outcome;
        String reason = decision.reason();
        if (decision.isNew()) {
            TicketView ticket = tickets.open(
                    new NewTicket(
                            subject(mail),
                            null,
                            sender.id(),
                            Channel.EMAIL,
                            null,
                            null,
                            null,
                            mailbox == null ? null : mailbox.getTeamId(),
                            null,
                            null,
                            mailbox != null && mailbox.isCcFollowers() ? agentFollowers(mail) : null,
                            message),
                    author);
            ticketId = ticket.id();
            messageId =
                    tickets.latestMessages(ticketId, null, 1).items().getFirst().id();
            outcome = "created";
        } else {
            PostedMessage posted = tickets.addMessage(decision.ticketId(), message, author);
            ticketId = posted.ticket().id();
            messageId = posted.message().id();
            if (posted.followUpCreated()) {
                reason += "; ticket " + decision.ticketId() + " was closed, so this follow-up was opened";
            }
            outcome = "threaded";
            if (agent != null) {
                reason += "; written by agent " + agent.email() + ", so kept as an internal note";
            }
        }
        emails.save(EmailMessage.inbound(
                ticketId,
                messageId,
                agent != null ? EmailMessage.Kind.AGENT_NOTE : EmailMessage.Kind.CUSTOMER,
                headerId(mail, in),
                mailbox == null ? null : mailbox.getId(),
                in.getId(),
                reason,
                cc,
                clock.instant()));
        String detail = "Email " + mail.messageId() + ": " + reason
                + (notes.isEmpty() ? "" : " (parsed with workarounds: " + String.join("; ", notes) + ")");
        tickets.recordChannelEvent(ticketId, "email_received", "email", detail, author);
        if ("created".equals(outcome) && mailbox != null && mailbox.isAcknowledge()) {
            acknowledge(ticketId, mail, verdict, mailbox, sender);
        }
        in.processed(outcome, ticketId, messageId, clock.instant());
        return result(in, false);
    }

    /** The optional acknowledgement of a new ticket: never to robots, lists, Frontline itself, or too often. */
    private void acknowledge(
            long ticketId, ParsedMail mail, MailClassification verdict, Mailbox mailbox, CustomerRef sender) {
        if (!verdict.allowsAutoAnswer() || isOwn(mail)) {
            tickets.recordChannelEvent(
                    ticketId,
                    "email_not_acknowledged",
                    "email",
                    "no acknowledgement: " + verdict.signal(),
                    Actor.SYSTEM);
            return;
        }
        if (!outbox.mayAutoAnswer(sender.email())) {
            tickets.recordChannelEvent(
                    ticketId,
                    "email_not_acknowledged",
                    "email",
                    "no acknowledgement: " + sender.email() + " already received "
                            + properties.autoAnswerLimit() + " automatic answers within "
                            + properties.autoAnswerWindow(),
                    Actor.SYSTEM);
            return;
        }
        outbox.acknowledge(ticketId, mailbox, sender);
    }

    private boolean isOwn(ParsedMail mail) {
        String id = mail.messageId();
        return id != null
                && id.toLowerCase(Locale.ROOT)
                        .endsWith("@" + properties.messageIdDomain().toLowerCase(Locale.ROOT));
    }

    private List<Long> agentFollowers(ParsedMail mail) {
        List<Long> ids = new ArrayList<>();
        for (MailAddress cc : mail.cc()) {
            if (cc.address() != null) {
                directory.agentByEmail(cc.address()).filter(AgentRef::active).ifPresent(a -> ids.add(a.id()));
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    private static MailAddress sender(ParsedMail mail) {
        MailAddress from = mail.from();
        if (from == null || from.address() == null || !from.address().contains("@")) {
            if (!mail.replyTo().isEmpty() && mail.replyTo().getFirst().address() != null) {
                return mail.replyTo().getFirst();
            }
            throw new MailRejectedException(
                    MailRejectedException.Reason.NOT_A_MAIL, "the message has no usable sender address (From)");
        }
        return from;
    }

    private static String subject(ParsedMail mail) {
        String subject = mail.subject() == null ? "" : mail.subject().strip();
        return subject.isEmpty() ? "(no subject)" : clip(subject, MAX_SUBJECT);
    }

    private static String filename(ParsedAttachment part) {
        String name = part.filename();
        if (name == null || name.isBlank()) {
            name = part.contentId() != null ? part.contentId() : "attachment";
        }
        return clip(name.replaceAll("[\\r\\n\\\\/]", "_"), 255);
    }

    private static String contentType(ParsedAttachment part) {
        String type = part.contentType();
        return type == null || type.isBlank() ? "application/octet-stream" : clip(type, 200);
    }

    private String headerId(ParsedMail mail, InboundMail in) {
        return mail.messageId() != null && !mail.messageId().isBlank()
                ? clip(mail.messageId(), 998)
                : in.getSha256() + "@missing-message-id.invalid";
    }

    private static String addresses(List<MailAddress> list) {
        return list.isEmpty()
                ? null
                : list.stream().map(MailAddress::address).filter(a -> a != null).collect(Collectors.joining(", "));
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static IntakeResult result(InboundMail mail, boolean duplicate) {
        return new IntakeResult(mail.getId(), mail.getTicketId(), mail.getMessageId(), mail.getOutcome(), duplicate);
    }

    /** Messages whose processing was cut off (a crash between storing and processing) are processed again. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void resumeInterrupted() {
        for (InboundMail stale : inbound.findStale(clock.instant().minusSeconds(120), PageRequest.of(0, 100))) {
            process(stale.getId());
        }
    }
}
