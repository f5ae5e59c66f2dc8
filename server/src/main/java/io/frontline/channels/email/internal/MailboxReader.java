package io.frontline.channels.email.internal;

import io.frontline.channels.email.EmailIntake;
import io.frontline.channels.email.Mailboxes;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every mailbox that has IMAP settings, each on its own virtual thread, so a slow or broken mailbox never delays
 * another. New messages are fetched by UID (only unread ones the first time), taken in through {@link EmailIntake},
 * and only then flagged as seen; the UID is the message's source reference, so a message fetched twice is taken in
 * once. Where the server offers IDLE the reader waits on it, otherwise it polls.
 */
@Component
class MailboxReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

    private final MailboxRepository mailboxes;
    private final EmailIntake intake;
    private final SecretBox secrets;
    private final EmailProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Long, Thread> readers = new ConcurrentHashMap<>();
    private volatile boolean running;

    MailboxReader(
            MailboxRepository mailboxes,
            EmailIntake intake,
            SecretBox secrets,
            EmailProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.secrets = secrets;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void start() {
        running = properties.imapEnabled();
        refresh();
    }

    @Override
    public void stop() {
        running = false;
        readers.values().forEach(Thread::interrupt);
        readers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts readers for new or changed mailboxes and lets those of removed ones end. */
    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT15S")
    void refresh() {
        if (!running) {
            return;
        }
        List<Mailbox> all = mailboxes.findAll();
        for (Mailbox m : all) {
            if (m.canReceive()) {
                readers.computeIfAbsent(
                        m.getId(),
                        id -> Thread.ofVirtual().name("imap-" + m.getAddress()).start(() -> loop(id)));
            }
        }
        readers.entrySet().removeIf(e -> !e.getValue().isAlive());
    }

    /** A mailbox's settings changed: its reader restarts with them now rather than at the next refresh. */
    @TransactionalEventListener
    void onChange(Mailboxes.MailboxChanged event) {
        if (running) {
            poke(event.mailboxId());
        }
    }

    void poke(long mailboxId) {
        Thread reader = readers.remove(mailboxId);
        if (reader != null) {
            reader.interrupt();
        }
        refresh();
    }

    private void loop(long mailboxId) {
        int failures = 0;
        while (running && !Thread.currentThread().isInterrupted()) {
            Mailbox mailbox = mailboxes.findById(mailboxId).orElse(null);
            if (mailbox == null || !mailbox.canReceive()) {
                readers.remove(mailboxId);
                return;
            }
            try {
                session(mailbox, failures);
                failures = 0;
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                failures++;
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("Mailbox {} could not be read: {}", mailbox.getAddress(), error);
                record(mailboxId, error);
                long seconds = Math.min(
                        (long) Math.max(mailbox.getPollSeconds(), 5) << Math.min(failures, 10),
                        MAX_BACKOFF.toSeconds());
                try {
                    Thread.sleep(Duration.ofSeconds(seconds));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** One connection: fetch what is new, then wait (IDLE or sleep) and fetch again until something breaks. */
    private void session(Mailbox mailbox, int failures) throws MessagingException, IOException, InterruptedException {
        Session session = Session.getInstance(properties(mailbox));
        String protocol = mailbox.getImapSecurity() == Mailbox.Security.TLS ? "imaps" : "imap";
        try (Store store = session.getStore(protocol)) {
            store.connect(
                    mailbox.getImapHost(),
                    port(mailbox),
                    mailbox.getImapUsername(),
                    secrets.open(mailbox.getImapPasswordSealed()));
            IMAPFolder folder = (IMAPFolder) store.getFolder(mailbox.getImapFolder());
            folder.open(Folder.READ_WRITE);
            try {
                boolean idle = ((IMAPStore) store).hasCapability("IDLE");
                while (running && !Thread.currentThread().isInterrupted()) {
                    fetch(mailbox.getId(), folder);
                    record(mailbox.getId(), null);
                    if (idle) {
                        idle(folder, mailbox.getPollSeconds());
                    } else {
                        Thread.sleep(Duration.ofSeconds(Math.max(mailbox.getPollSeconds(), 1)));
                    }
                    Mailbox current = mailboxes.findById(mailbox.getId()).orElse(null);
                    if (current == null || current.getVersion() != mailbox.getVersion()) {
                        return; // settings changed: reconnect with the new ones
                    }
                }
            } finally {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
        }
    }

    /** Waits for the server to announce news, at most the polling interval (a NOOP from a watchdog ends the IDLE). */
    private static void idle(IMAPFolder folder, int seconds) throws MessagingException {
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Duration.ofSeconds(Math.max(seconds, 1)));
                folder.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (InterruptedException | MessagingException e) {
                // the IDLE ended by itself, or the connection is gone and the reader will notice
            }
        });
        try {
            folder.idle(true);
        } finally {
            watchdog.interrupt();
        }
    }

    private void fetch(long mailboxId, IMAPFolder folder) throws MessagingException, IOException {
        Mailbox mailbox = mailboxes.findById(mailboxId).orElseThrow();
        long validity = folder.getUIDValidity();
        Long last = mailbox.getImapUidValidity() != null && mailbox.getImapUidValidity() == validity
                ? mailbox.getImapLastUid()
                : null;
        Message[] candidates = last == null
                ? folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))
                : folder.getMessagesByUID(last + 1, UIDFolder.MAXUID);
        long highest = last == null ? 0 : last;
        for (Message message : candidates) {
            long uid = folder.getUID(message);
            if (last != null && uid <= last) {
                continue; // servers answer an empty UID range with the last message
            }
            ((IMAPMessage) message).setPeek(true);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            intake.receive(raw.toByteArray(), mailboxId, InboundMail.Source.IMAP, validity + ":" + uid);
            message.setFlag(Flags.Flag.SEEN, true);
            highest = Math.max(highest, uid);
            long progress = highest;
            tx.executeWithoutResult(s -> mailboxes.seen(mailboxId, validity, progress));
        }
        if (last == null && candidates.length == 0) {
            long next = folder.getUIDNext();
            tx.executeWithoutResult(s -> mailboxes.seen(mailboxId, validity, next - 1));
        }
    }

    private void record(long mailboxId, String error) {
        String clipped = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        tx.executeWithoutResult(s -> {
            if (clipped == null) {
                mailboxes.polled(mailboxId, clock.instant());
            } else {
                mailboxes.failed(mailboxId, clock.instant(), clipped);
            }
        });
    }

    private static int port(Mailbox mailbox) {
        if (mailbox.getImapPort() != null) {
            return mailbox.getImapPort();
        }
        return mailbox.getImapSecurity() == Mailbox.Security.TLS ? 993 : 143;
    }

    private static Properties properties(Mailbox mailbox) {
        Properties props = new Properties();
        for (String protocol : List.of("imap", "imaps")) {
            String p = "mail." + protocol + ".";
            props.put(p + "connectiontimeout", "10000");
            props.put(p + "timeout", "60000");
            props.put(p + "writetimeout", "30000");
            props.put(p + "ssl.checkserveridentity", "true");
        }
        if (mailbox.getImapSecurity() == Mailbox.Security.STARTTLS) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        return props;
    }
}
