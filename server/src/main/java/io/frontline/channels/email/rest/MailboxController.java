package io.frontline.channels.email.rest;

import io.frontline.channels.email.MailboxSettings;
import io.frontline.channels.email.MailboxView;
import io.frontline.channels.email.Mailboxes;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mailboxes, for admins. Passwords are write-only. */
@RestController
@RequestMapping("/api/v1/mailboxes")
@PreAuthorize("hasRole('ADMIN')")
class MailboxController {

    private final Mailboxes mailboxes;

    MailboxController(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GetMapping
    List<MailboxView> list() {
        return mailboxes.list();
    }

    @GetMapping("/{id}")
    ResponseEntity<MailboxView> get(@PathVariable long id) {
        MailboxView view = mailboxes.get(id);
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @PostMapping
    ResponseEntity<MailboxView> create(@Valid @RequestBody MailboxSettings settings) {
        MailboxView created = mailboxes.create(settings, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/mailboxes/" + created.id()))
                .body(created);
    }

    /** Replaces the settings; passwords left out keep their value. With {@code If-Match} a stale write gets 412. */
    @PutMapping("/{id}")
    MailboxView update(
            @PathVariable long id,
            @Valid @RequestBody MailboxSettings settings,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Long expected = ifMatch == null ? null : Long.parseLong(ifMatch.replaceAll("[^0-9]", ""));
        return mailboxes.update(id, settings, expected, CurrentAgent.actor());
    }

    /** Deactivates: the mailbox stops reading and sending but stays for the history of its messages. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        mailboxes.delete(id, CurrentAgent.actor());
        return ResponseEntity.noContent().build();
    }
}
