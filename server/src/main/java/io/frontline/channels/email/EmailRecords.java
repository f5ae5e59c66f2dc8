package io.frontline.channels.email;

import io.frontline.channels.email.internal.EmailMessage;
import io.frontline.channels.email.internal.EmailMessageRepository;
import io.frontline.channels.email.internal.InboundMail;
import io.frontline.channels.email.internal.InboundMailRepository;
import io.frontline.channels.email.internal.RawMailStore;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the email channel recorded: the intake log, the quarantine, raw originals and per-message details. */
@Service
public class EmailRecords {

    private final InboundMailRepository inbound;
    private final EmailMessageRepository emails;
    private final RawMailStore raws;

    EmailRecords(InboundMailRepository inbound, EmailMessageRepository emails, RawMailStore raws) {
        this.inbound = inbound;
        this.emails = emails;
        this.raws = raws;
    }

    /** The latest inbound messages, optionally only those in one state ({@code received}, {@code processed}, {@code
     * quarantined}). */
    @Transactional(readOnly = true)
    public List<InboundMailView> inbound(String state, int limit) {
        int size = Math.clamp(limit, 1, 500);
        List<InboundMail> found;
        if (state == null || state.isBlank()) {
            found = inbound.findLatest(PageRequest.of(0, size));
        } else {
            InboundMail.State parsed;
            try {
                parsed = InboundMail.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("state", "must be received, processed or quarantined");
            }
            found = inbound.findByState(parsed, PageRequest.of(0, size));
        }
        return found.stream().map(EmailRecords::view).toList();
    }

    @Transactional(readOnly = true)
    public long quarantined() {
        return inbound.countByState(InboundMail.State.QUARANTINED);
    }

    @Transactional(readOnly = true)
    public InboundMailView inbound(long id) {
        return view(load(id));
    }

    /** The raw bytes exactly as received. */
    @Transactional(readOnly = true)
    public byte[] raw(long id) {
        return raws.read(load(id).getSha256());
    }

    @Transactional(readOnly = true)
    public List<EmailDetails> forTicket(long ticketId) {
        return emails.findByTicketIdOrderById(ticketId).stream()
                .map(EmailRecords::details)
                .toList();
    }

    /** Email details of the given messages, by message id; messages that did not travel by email are absent. */
    @Transactional(readOnly = true)
    public Map<Long, EmailDetails> forMessages(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return emails.findByMessageIdIn(messageIds).stream()
                .filter(e -> e.getMessageId() != null)
                .collect(Collectors.toMap(EmailMessage::getMessageId, EmailRecords::details, (a, b) -> a));
    }

    private InboundMail load(long id) {
        return inbound.findById(id).orElseThrow(() -> new NotFoundException("Inbound message", id));
    }

    static InboundMailView view(InboundMail m) {
        return new InboundMailView(
                m.getId(),
                m.getMailboxId(),
                lower(m.getSource()),
                m.getSize(),
                m.getReceivedAt(),
                lower(m.getState()),
                m.getOutcome(),
                m.getHeaderMessageId(),
                m.getFromAddress(),
                m.getSubject(),
                m.getTicketId(),
                m.getMessageId(),
                m.getError(),
                m.getAttempts(),
                m.getProcessedAt());
    }

    static EmailDetails details(EmailMessage e) {
        return new EmailDetails(
                e.getMessageId(),
                lower(e.getDirection()),
                lower(e.getKind()),
                e.getHeaderMessageId(),
                e.getThreadReason(),
                lower(e.getState()),
                e.getAttempts(),
                e.getLastError(),
                e.getFailedRecipient(),
                e.getRecipients(),
                e.getCc(),
                e.getSentAt(),
                e.getInboundMailId());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
