package io.frontline.channels.email.rest;

import io.frontline.channels.email.EmailDetails;
import io.frontline.channels.email.EmailIntake;
import io.frontline.channels.email.EmailRecords;
import io.frontline.channels.email.InboundMailView;
import io.frontline.channels.email.IntakeResult;
import io.frontline.channels.email.MailboxView;
import io.frontline.channels.email.Mailboxes;
import io.frontline.channels.email.internal.EmailProperties;
import io.frontline.channels.email.internal.InboundMail;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.PayloadTooLargeException;
import io.frontline.tickets.Tickets;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Raw intake for MTAs, the intake log and quarantine for admins, and the email details of a ticket for agents. */
@RestController
@RequestMapping("/api/v1")
class EmailController {

    private final EmailIntake intake;
    private final EmailRecords records;
    private final Mailboxes mailboxes;
    private final Tickets tickets;
    private final long maxMessageSize;

    EmailController(
            EmailIntake intake,
            EmailRecords records,
            Mailboxes mailboxes,
            Tickets tickets,
            EmailProperties properties) {
        this.intake = intake;
        this.records = records;
        this.mailboxes = mailboxes;
        this.tickets = tickets;
        this.maxMessageSize = properties.maxMessageSize().toBytes();
    }

    /**
     * Takes one raw message ({@code message/rfc822}) as an MTA would pipe it. {@code mailbox} names the receiving
     * address; without it the mailbox is found from the recipients. Messages up to twice the size limit are kept and
     * quarantined; larger ones are refused with 413.
     */
    @PostMapping(
            path = "/channels/email/inbound",
            consumes = {"message/rfc822", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<IntakeResult> inbound(@RequestParam(required = false) String mailbox, HttpServletRequest request)
            throws IOException {
        Long mailboxId = null;
        if (mailbox != null && !mailbox.isBlank()) {
            mailboxId = mailboxes
                    .byAddress(mailbox)
                    .map(MailboxView::id)
                    .orElseThrow(() -> new InvalidInputException("mailbox", "no mailbox has this address"));
        }
        byte[] raw = read(request.getInputStream(), 2 * maxMessageSize);
        if (raw.length == 0) {
            throw new InvalidInputException("body", "is empty; send the raw message as message/rfc822");
        }
        IntakeResult result = intake.receive(raw, mailboxId, InboundMail.Source.HTTP, null);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(result);
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
            throw new PayloadTooLargeException("A raw message may be at most " + limit + " bytes");
        }
        return bytes;
    }

    @GetMapping("/channels/email/inbound")
    @PreAuthorize("hasRole('ADMIN')")
    List<InboundMailView> list(
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "50") int limit) {
        return records.inbound(state, limit);
    }

    @GetMapping("/channels/email/inbound/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    InboundMailView get(@PathVariable long id) {
        return records.inbound(id);
    }

    /** The original bytes; agents may fetch those of messages on tickets, admins any (quarantined ones included). */
    @GetMapping("/channels/email/inbound/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id, org.springframework.security.core.Authentication who) {
        InboundMailView mail = records.inbound(id);
        boolean admin =
                who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (mail.ticketId() == null && !admin) {
            throw new org.springframework.security.access.AccessDeniedException("admins only");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("message-" + id + ".eml")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(records.raw(id));
    }

    @PostMapping("/channels/email/inbound/{id}/reprocess")
    @PreAuthorize("hasRole('ADMIN')")
    IntakeResult reprocess(@PathVariable long id) {
        InboundMailView mail = records.inbound(id);
        if ("processed".equals(mail.state())) {
            throw new ConflictException("already_processed", "Inbound message " + id + " was processed already");
        }
        return intake.process(id);
    }

    @GetMapping("/tickets/{id}/emails")
    List<EmailDetails> ticketEmails(@PathVariable long id) {
        tickets.get(id);
        return records.forTicket(id);
    }
}
