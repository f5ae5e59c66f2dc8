package io.frontline.channels.email.internal;

import io.frontline.channels.email.mime.ParsedMail;
import io.frontline.customers.CustomerRef;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides which ticket an inbound message belongs to, in this order of evidence: its {@code In-Reply-To}, then its
 * {@code References}, matched against every stored inbound and outbound Message-ID; then a ticket token such as
 * {@code [#1234]} in the subject, trusted only from someone already part of that ticket; otherwise a new ticket. The
 * decision carries a sentence saying why, which is kept on the message and in the ticket's history.
 */
@Component
public class Threading {

    /** The token written into outbound subjects and recognised in inbound ones. */
    public static final Pattern TOKEN = Pattern.compile("\\[#(\\d{1,18})]");

    private static final int MAX_IDS = 100;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The ticket to add to ({@code null}: open a new one), the email it answers, if known, and why. */
    public record Decision(Long ticketId, EmailMessage answers, String reason) {

        public boolean isNew() {
            return ticketId == null;
        }
    }

    private final EmailMessageRepository emails;
    private final Tickets tickets;

    Threading(EmailMessageRepository emails, Tickets tickets) {
        this.emails = emails;
        this.tickets = tickets;
    }

    public Decision decide(ParsedMail mail, CustomerRef sender) {
        Optional<Decision> byHeaders = byHeaders(mail);
        if (byHeaders.isPresent()) {
            return byHeaders.get();
        }
        String tokenNote = "";
        Matcher token = TOKEN.matcher(mail.subject() == null ? "" : mail.subject());
        if (token.find()) {
            long id = Long.parseLong(token.group(1));
            Optional<TicketView> ticket = ticket(id);
            if (ticket.isEmpty()) {
                tokenNote = "; the subject token [#" + id + "] names no ticket";
            } else if (!partOf(ticket.get(), sender)) {
                tokenNote = "; the subject token [#" + id + "] was ignored because " + sender.email()
                        + " is not part of that ticket";
            } else {
                TicketView found = follow(ticket.get());
                return new Decision(
                        found.id(),
                        null,
                        "joined because the subject token [#" + id + "] names this ticket" + via(id, found));
            }
        }
        boolean hasHeaders = !mail.inReplyTo().isEmpty() || !mail.references().isEmpty();
        return new Decision(
                null,
                null,
                (hasHeaders ? "new ticket: no stored message matches In-Reply-To or References" : "new ticket")
                        + tokenNote);
    }

    private Optional<Decision> byHeaders(ParsedMail mail) {
        Set<String> ids = new LinkedHashSet<>();
        mail.inReplyTo().forEach(ids::add);
        // the last reference is the message answered, the first the thread's start: nearest evidence first
        List<String> references = new ArrayList<>(mail.references());
        java.util.Collections.reverse(references);
        ids.addAll(references);
        List<String> lookup =
                ids.stream().filter(id -> !id.isBlank()).limit(MAX_IDS).toList();
        if (lookup.isEmpty()) {
            return Optional.empty();
        }
        List<EmailMessage> found = emails.findByHeaderMessageIds(lookup);
        for (String id : lookup) {
            for (EmailMessage match : found) {
                if (!match.getHeaderMessageId().equals(id)) {
                    continue;
                }
                Optional<TicketView> ticket = ticket(match.getTicketId());
                if (ticket.isEmpty()) {
                    continue;
                }
                TicketView target = follow(ticket.get());
                String header = mail.inReplyTo().contains(id) ? "In-Reply-To" : "References";
                String what = match.getDirection() == EmailMessage.Direction.OUT
                        ? "the reply sent on " + WHEN.format(match.getCreatedAt())
                        : "the message received on " + WHEN.format(match.getCreatedAt());
                return Optional.of(new Decision(
                        target.id(),
                        match,
                        "joined because " + header + " matched " + what + via(match.getTicketId(), target)));
            }
        }
        return Optional.empty();
    }

    private static String via(long named, TicketView target) {
        return named == target.id() ? "" : " (ticket " + named + " was merged into this one)";
    }

    private Optional<TicketView> ticket(long id) {
        try {
            return Optional.of(tickets.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Follows merges to the ticket that lives on. */
    private TicketView follow(TicketView ticket) {
        TicketView current = ticket;
        for (int hops = 0; hops < 10 && current.mergedIntoId() != null; hops++) {
            current = tickets.get(current.mergedIntoId());
        }
        return current;
    }

    private boolean partOf(TicketView ticket, CustomerRef sender) {
        if (ticket.requester().id() == sender.id()) {
            return true;
        }
        if (sender.organizationId() != null && sender.organizationId().equals(ticket.organizationId())) {
            return true;
        }
        String address = sender.email() == null ? "" : sender.email().toLowerCase(Locale.ROOT);
        return !address.isEmpty()
                && emails.findByTicketIdOrderById(ticket.id()).stream()
                        // an email to an agent about a notification makes the agent no party to the conversation
                        .filter(e -> e.getKind() != EmailMessage.Kind.NOTIFICATION)
                        .anyMatch(e -> contains(e.getRecipients(), address) || contains(e.getCc(), address));
    }

    private static boolean contains(String list, String address) {
        return list != null && list.toLowerCase(Locale.ROOT).contains(address);
    }
}
