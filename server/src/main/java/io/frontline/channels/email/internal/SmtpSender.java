package io.frontline.channels.email.internal;

import io.frontline.tickets.Attachments;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Turns an outbox entry into a MIME message and hands it to the mailbox's SMTP server. */
@Component
public class SmtpSender {

    /**
     * What to send; ids without angle brackets. {@code autoSubmitted} is the value of the {@code Auto-Submitted}
     * header (RFC 3834) when a machine wrote the mail, else null.
     */
    public record OutboundMail(
            String messageId,
            String to,
            String cc,
            String subject,
            String text,
            String html,
            String inReplyTo,
            List<String> references,
            String autoSubmitted,
            long ticketId,
            List<File> files) {}

    public record File(long attachmentId, String filename, String contentType) {}

    /** Sent, or why not, and whether trying again could help (a 5xx rejection will not). */
    public record Result(boolean sent, boolean permanent, String error) {

        static Result ok() {
            return new Result(true, false, null);
        }
    }

    private final SecretBox secrets;
    private final Attachments attachments;

    SmtpSender(SecretBox secrets, Attachments attachments) {
        this.secrets = secrets;
        this.attachments = attachments;
    }

    public Result send(Mailbox mailbox, OutboundMail mail) {
        try {
            Session session = session(mailbox);
            MimeMessage message = build(session, mailbox, mail);
            String protocol = mailbox.getSmtpSecurity() == Mailbox.Security.TLS ? "smtps" : "smtp";
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(
                        mailbox.getSmtpHost(),
                        port(mailbox),
                        mailbox.getSmtpUsername(),
                        secrets.open(mailbox.getSmtpPasswordSealed()));
                transport.sendMessage(message, message.getAllRecipients());
            }
            return Result.ok();
        } catch (SMTPAddressFailedException e) {
            return new Result(false, e.getReturnCode() >= 500, e.getReturnCode() + " " + oneLine(e.getMessage()));
        } catch (SMTPSendFailedException e) {
            return new Result(false, e.getReturnCode() >= 500, e.getReturnCode() + " " + oneLine(e.getMessage()));
        } catch (SendFailedException e) {
            boolean permanent = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            return new Result(false, permanent, oneLine(e.getMessage()));
        } catch (MessagingException | IOException | RuntimeException e) {
            return new Result(false, false, oneLine(e.toString()));
        }
    }

    private static int port(Mailbox mailbox) {
        if (mailbox.getSmtpPort() != null) {
            return mailbox.getSmtpPort();
        }
        return switch (mailbox.getSmtpSecurity() == null ? Mailbox.Security.NONE : mailbox.getSmtpSecurity()) {
            case TLS -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
    }

    private static Session session(Mailbox mailbox) {
        Properties props = new Properties();
        for (String protocol : List.of("smtp", "smtps")) {
            String p = "mail." + protocol + ".";
            props.put(p + "connectiontimeout", "10000");
            props.put(p + "timeout", "30000");
            props.put(p + "writetimeout", "30000");
            props.put(p + "auth", String.valueOf(mailbox.getSmtpUsername() != null));
            props.put(p + "ssl.checkserveridentity", "true");
        }
        if (mailbox.getSmtpSecurity() == Mailbox.Security.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return Session.getInstance(props);
    }

    MimeMessage build(Session session, Mailbox mailbox, OutboundMail mail) throws MessagingException, IOException {
        String id = mail.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + id + ">");
            }
        };
        message.setFrom(new InternetAddress(mailbox.getAddress(), mailbox.getDisplayName(), "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        if (mail.cc() != null && !mail.cc().isBlank()) {
            message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(mail.cc()));
        }
        message.setSubject(mail.subject().replaceAll("[\\r\\n]+", " "), "UTF-8");
        message.setSentDate(new Date());
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
        }
        if (!mail.references().isEmpty()) {
            message.setHeader(
                    "References",
                    String.join(
                            " ",
                            mail.references().stream().map(r -> "<" + r + ">").toList()));
        }
        if (mail.autoSubmitted() != null) {
            message.setHeader("Auto-Submitted", mail.autoSubmitted());
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        message.setHeader("X-Frontline-Ticket", String.valueOf(mail.ticketId()));

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text() == null ? "" : mail.text(), "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(htmlDocument(mail), "text/html; charset=UTF-8");
        alternative.addBodyPart(html);
        if (mail.files().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (File file : mail.files()) {
                MimeBodyPart part = new MimeBodyPart();
                byte[] bytes;
                try (InputStream in = attachments.open(file.attachmentId()).content()) {
                    bytes = in.readAllBytes();
                }
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, file.contentType())));
                part.setFileName(file.filename());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static String htmlDocument(OutboundMail mail) {
        String body = mail.html() != null
                ? mail.html()
                : HtmlUtils.htmlEscape(mail.text() == null ? "" : mail.text(), StandardCharsets.UTF_8.name())
                        .replace("\n", "<br>\n");
        return "<!doctype html><html><body>" + body + "</body></html>";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
