package io.frontline.channels.email;

import io.frontline.audit.AuditTrail;
import io.frontline.channels.email.internal.Mailbox;
import io.frontline.channels.email.internal.MailboxRepository;
import io.frontline.channels.email.internal.SecretBox;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.kernel.StaleVersionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admin use cases for mailboxes; every change is audited, without the passwords. */
@Service
public class Mailboxes {

    private final MailboxRepository mailboxes;
    private final SecretBox secrets;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Published when a mailbox's settings changed, so its reader reconnects with them at once. */
    public record MailboxChanged(long mailboxId) {}

    Mailboxes(
            MailboxRepository mailboxes,
            SecretBox secrets,
            Directory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.secrets = secrets;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MailboxView> list() {
        return mailboxes.findAllByOrderByAddress().stream().map(Mailboxes::view).toList();
    }

    @Transactional(readOnly = true)
    public MailboxView get(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<MailboxView> byAddress(String address) {
        return mailboxes.findByAddress(address.strip()).map(Mailboxes::view);
    }

    @Transactional
    public MailboxView create(MailboxSettings settings, Actor actor) {
        Mailbox mailbox = new Mailbox(settings.address().strip(), clock.instant());
        apply(mailbox, settings);
        mailboxes.findByAddress(mailbox.getAddress()).ifPresent(m -> {
            throw new ConflictException("mailbox_exists", "A mailbox with the address " + m.getAddress() + " exists");
        });
        mailboxes.saveAndFlush(mailbox);
        audit.record(actor, "mailbox", mailbox.getId(), "created", describe(mailbox));
        events.publishEvent(new MailboxChanged(mailbox.getId()));
        return view(mailbox);
    }

    @Transactional
    public MailboxView update(long id, MailboxSettings settings, Long expectedVersion, Actor actor) {
        Mailbox mailbox = load(id);
        if (expectedVersion != null && expectedVersion != mailbox.getVersion()) {
            throw new StaleVersionException("Mailbox " + id, mailbox.getVersion());
        }
        Map<String, Object> before = describe(mailbox);
        mailboxes
                .findByAddress(settings.address().strip())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new ConflictException(
                            "mailbox_exists", "A mailbox with the address " + other.getAddress() + " exists");
                });
        mailbox.setAddress(settings.address().strip());
        apply(mailbox, settings);
        mailbox.touch(clock.instant());
        mailboxes.saveAndFlush(mailbox);
        audit.record(actor, "mailbox", id, "updated", Map.of("from", before, "to", describe(mailbox)));
        events.publishEvent(new MailboxChanged(id));
        return view(mailbox);
    }

    @Transactional
    public void delete(long id, Actor actor) {
        Mailbox mailbox = load(id);
        // kept for the history of the messages that came through it; it simply stops reading and sending
        mailbox.setActive(false);
        mailbox.touch(clock.instant());
        audit.record(actor, "mailbox", id, "deactivated", describe(mailbox));
        events.publishEvent(new MailboxChanged(id));
    }

    private Mailbox load(long id) {
        return mailboxes.findById(id).orElseThrow(() -> new NotFoundException("Mailbox", id));
    }

    private void apply(Mailbox mailbox, MailboxSettings s) {
        List<FieldViolation> problems = new ArrayList<>();
        if (s.teamId() != null && directory.team(s.teamId()).isEmpty()) {
            problems.add(new FieldViolation("teamId", "does not exist"));
        }
        Mailbox.Security imap = security(s.imapSecurity(), "imapSecurity", problems);
        Mailbox.Security smtp = security(s.smtpSecurity(), "smtpSecurity", problems);
        if (blank(s.imapHost()) != blank(s.imapUsername()) && !blank(s.imapHost())) {
            problems.add(new FieldViolation("imapUsername", "is required with imapHost"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        mailbox.setDisplayName(trim(s.displayName()));
        mailbox.setTeamId(s.teamId());
        if (s.active() != null) mailbox.setActive(s.active());
        mailbox.setImapHost(trim(s.imapHost()));
        mailbox.setImapPort(s.imapPort());
        mailbox.setImapSecurity(imap);
        mailbox.setImapUsername(trim(s.imapUsername()));
        if (s.imapPassword() != null) {
            mailbox.setImapPasswordSealed(s.imapPassword().isEmpty() ? null : secrets.seal(s.imapPassword()));
        }
        mailbox.setImapFolder(trim(s.imapFolder()));
        if (s.pollSeconds() != null) mailbox.setPollSeconds(s.pollSeconds());
        mailbox.setSmtpHost(trim(s.smtpHost()));
        mailbox.setSmtpPort(s.smtpPort());
        mailbox.setSmtpSecurity(smtp);
        mailbox.setSmtpUsername(trim(s.smtpUsername()));
        if (s.smtpPassword() != null) {
            mailbox.setSmtpPasswordSealed(s.smtpPassword().isEmpty() ? null : secrets.seal(s.smtpPassword()));
        }
        if (s.ccFollowers() != null) mailbox.setCcFollowers(s.ccFollowers());
        if (s.acknowledge() != null) mailbox.setAcknowledge(s.acknowledge());
        mailbox.setAckSubject(trim(s.acknowledgementSubject()));
        mailbox.setAckBody(trim(s.acknowledgementBody()));
    }

    private static Mailbox.Security security(String value, String field, List<FieldViolation> problems) {
        if (blank(value)) {
            return Mailbox.Security.TLS;
        }
        try {
            return Mailbox.Security.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(field, "must be tls, starttls or none"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    private static Map<String, Object> describe(Mailbox m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("address", m.getAddress());
        d.put("displayName", m.getDisplayName());
        d.put("teamId", m.getTeamId());
        d.put("active", m.isActive());
        d.put(
                "imap",
                m.getImapHost() == null ? null : m.getImapUsername() + "@" + m.getImapHost() + ":" + m.getImapPort());
        d.put("imapPasswordSet", m.getImapPasswordSealed() != null);
        d.put(
                "smtp",
                m.getSmtpHost() == null ? null : m.getSmtpUsername() + "@" + m.getSmtpHost() + ":" + m.getSmtpPort());
        d.put("smtpPasswordSet", m.getSmtpPasswordSealed() != null);
        d.put("acknowledge", m.isAcknowledge());
        return d;
    }

    static MailboxView view(Mailbox m) {
        return new MailboxView(
                m.getId(),
                m.getAddress(),
                m.getDisplayName(),
                m.getTeamId(),
                m.isActive(),
                m.getImapHost(),
                m.getImapPort(),
                lower(m.getImapSecurity()),
                m.getImapUsername(),
                m.getImapPasswordSealed() != null,
                m.getImapFolder(),
                m.getPollSeconds(),
                m.getSmtpHost(),
                m.getSmtpPort(),
                lower(m.getSmtpSecurity()),
                m.getSmtpUsername(),
                m.getSmtpPasswordSealed() != null,
                m.isCcFollowers(),
                m.isAcknowledge(),
                m.getAckSubject(),
                m.getAckBody(),
                m.getLastPolledAt(),
                m.getLastError(),
                m.getLastErrorAt(),
                m.getVersion());
    }

    private static String lower(Mailbox.Security security) {
        return security == null ? null : security.name().toLowerCase(Locale.ROOT);
    }
}
