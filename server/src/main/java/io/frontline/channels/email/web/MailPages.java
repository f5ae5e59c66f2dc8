package io.frontline.channels.email.web;

import io.frontline.channels.email.EmailIntake;
import io.frontline.channels.email.EmailRecords;
import io.frontline.channels.email.InboundMailView;
import io.frontline.channels.email.IntakeResult;
import io.frontline.channels.email.MailboxSettings;
import io.frontline.channels.email.Mailboxes;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.TeamView;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mailbox settings and the incoming-mail log with its quarantine, for admins; raw originals for agents. */
@Controller
class MailPages {

    private final Mailboxes mailboxes;
    private final EmailRecords records;
    private final EmailIntake intake;
    private final IdentityAdmin identity;
    private final Validator validator;
    private final MessageSource messages;

    MailPages(
            Mailboxes mailboxes,
            EmailRecords records,
            EmailIntake intake,
            IdentityAdmin identity,
            Validator validator,
            MessageSource messages) {
        this.mailboxes = mailboxes;
        this.records = records;
        this.intake = intake;
        this.identity = identity;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/admin/mailboxes")
    @PreAuthorize("hasRole('ADMIN')")
    String mailboxes(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("mailboxes", mailboxes.list());
        List<TeamView> teams = identity.teams();
        model.addAttribute("teams", teams);
        model.addAttribute("teamNames", teams.stream().collect(Collectors.toMap(TeamView::id, TeamView::name)));
        model.addAttribute("editing", edit == null ? null : mailboxes.get(edit));
        model.addAttribute("section", "mailboxes");
        return "channels/admin-mailboxes";
    }

    @PostMapping("/admin/mailboxes")
    @PreAuthorize("hasRole('ADMIN')")
    String create(MailboxForm form, RedirectAttributes redirect) {
        try {
            mailboxes.create(checked(settings(form)), CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/mailboxes";
    }

    @PostMapping("/admin/mailboxes/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, MailboxForm form, RedirectAttributes redirect) {
        try {
            mailboxes.update(id, checked(settings(form)), null, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
            return "redirect:/admin/mailboxes?edit=" + id;
        }
        return "redirect:/admin/mailboxes";
    }

    @GetMapping("/admin/mail")
    @PreAuthorize("hasRole('ADMIN')")
    String mail(@RequestParam(required = false) String state, Model model) {
        model.addAttribute("inbound", records.inbound(state, 200));
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("quarantined", records.quarantined());
        model.addAttribute(
                "mailboxNames", mailboxes.list().stream().collect(Collectors.toMap(m -> m.id(), m -> m.address())));
        model.addAttribute("section", "mail");
        return "channels/admin-mail";
    }

    @PostMapping("/admin/mail/{id}/reprocess")
    @PreAuthorize("hasRole('ADMIN')")
    String reprocess(@PathVariable long id, RedirectAttributes redirect) {
        InboundMailView mail = records.inbound(id);
        if ("processed".equals(mail.state())) {
            redirect.addFlashAttribute("error", text("mail.alreadyProcessed", id));
        } else {
            IntakeResult result = intake.process(id);
            redirect.addFlashAttribute(
                    "quarantined".equals(result.outcome()) ? "error" : "notice",
                    text("mail.reprocessed", id, text("mail.outcome." + result.outcome())));
        }
        return "redirect:/admin/mail?state=quarantined";
    }

    /** The raw original, as received: for agents when it belongs to a ticket, for admins always. */
    @GetMapping("/mail/inbound/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        InboundMailView mail = records.inbound(id);
        boolean admin = CurrentAgent.require().role().name().equals("ADMIN");
        if (mail.ticketId() == null && !admin) {
            throw new AccessDeniedException("admins only");
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

    private static MailboxSettings settings(MailboxForm f) {
        return new MailboxSettings(
                f.address(),
                f.displayName(),
                f.teamId(),
                Boolean.TRUE.equals(f.active()),
                f.imapHost(),
                f.imapPort(),
                f.imapSecurity(),
                f.imapUsername(),
                blankToNull(f.imapPassword()),
                f.imapFolder(),
                f.pollSeconds(),
                f.smtpHost(),
                f.smtpPort(),
                f.smtpSecurity(),
                f.smtpUsername(),
                blankToNull(f.smtpPassword()),
                Boolean.TRUE.equals(f.ccFollowers()),
                Boolean.TRUE.equals(f.acknowledge()),
                f.acknowledgementSubject(),
                f.acknowledgementBody());
    }

    private MailboxSettings checked(MailboxSettings settings) {
        Set<ConstraintViolation<MailboxSettings>> violations = validator.validate(settings);
        if (!violations.isEmpty()) {
            ConstraintViolation<MailboxSettings> first = violations.iterator().next();
            throw new InvalidInputException(first.getPropertyPath().toString(), first.getMessage());
        }
        return settings;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private String describe(FrontlineException e) {
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            return invalid.violations().stream()
                    .map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
