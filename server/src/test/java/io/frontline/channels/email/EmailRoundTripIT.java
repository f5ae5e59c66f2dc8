package io.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import io.frontline.support.Await;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * End to end with GreenMail as the real SMTP and IMAP server: a customer mails the support address, a ticket appears,
 * the agent's reply reaches the customer with threading headers, the customer's answer lands on the same ticket, and a
 * bounce of the reply marks it failed.
 */
class EmailRoundTripIT extends ApiTest {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(ServerSetupTest.SMTP_IMAP).withPerMethodLifecycle(false);

    private Long mailboxId;

    @AfterEach
    void stopReading() {
        if (mailboxId != null) {
            admin.delete("/api/v1/mailboxes/" + mailboxId);
        }
    }

    @Test
    void customerMailsAgentRepliesCustomerAnswersAndBounceMarksReplyFailed() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String support = "support-" + tag + "@frontline.test";
        String customer = "alice-" + tag + "@example.com";
        MAIL.setUser(support, support, "support-pw");
        MAIL.setUser(customer, customer, "customer-pw");
        Api.Response mailbox = admin.post(
                "/api/v1/mailboxes",
                Map.ofEntries(
                        Map.entry("address", support),
                        Map.entry("displayName", "Frontline Support"),
                        Map.entry("imapHost", "127.0.0.1"),
                        Map.entry("imapPort", ServerSetupTest.IMAP.getPort()),
                        Map.entry("imapSecurity", "none"),
                        Map.entry("imapUsername", support),
                        Map.entry("imapPassword", "support-pw"),
                        Map.entry("pollSeconds", 1),
                        Map.entry("smtpHost", "127.0.0.1"),
                        Map.entry("smtpPort", ServerSetupTest.SMTP.getPort()),
                        Map.entry("smtpSecurity", "none"),
                        Map.entry("smtpUsername", support),
                        Map.entry("smtpPassword", "support-pw")));
        assertThat(mailbox.status()).isEqualTo(201);
        mailboxId = mailbox.id();

        // 1. the customer writes to support
        String firstId = "first-" + tag + "@client.example";
        send(customer, support, "My parcel is missing", "Hello, parcel 4711 never arrived.", firstId, null);
        JsonNode intake = Await.until("the customer's email taken in", () -> inbound(customer, 1));
        assertThat(intake.get("outcome").asString()).isEqualTo("created");
        long ticketId = intake.get("ticketId").asLong();
        assertThat(admin.get("/api/v1/tickets/" + ticketId)
                        .json()
                        .get("channel")
                        .asString())
                .isEqualTo("email");

        // 2. the agent replies; the customer's client receives it with threading headers
        Api.Response reply = admin.post(
                "/api/v1/tickets/" + ticketId + "/messages",
                Map.of(
                        "body",
                        "Sorry! We are sending a new one.",
                        "attachments",
                        java.util.List.of(Map.of(
                                "filename",
                                "return-label.txt",
                                "contentType",
                                "text/plain",
                                "data",
                                java.util.Base64.getEncoder()
                                        .encodeToString("RETURN LABEL 4711".getBytes(StandardCharsets.UTF_8))))));
        assertThat(reply.status()).isEqualTo(201);
        MimeMessage received = Await.until(
                "the reply in the customer's mailbox",
                () -> Arrays.stream(MAIL.getReceivedMessagesForDomain(customer))
                        .findFirst()
                        .orElse(null));
        assertThat(received.getHeader("In-Reply-To")[0]).isEqualTo("<" + firstId + ">");
        assertThat(received.getHeader("References")[0]).contains("<" + firstId + ">");
        assertThat(received.getSubject()).isEqualTo("Re: My parcel is missing [#" + ticketId + "]");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(support);
        assertThat(GreenMailUtil.getBody(received)).contains("We are sending a new one.");
        var parts = (jakarta.mail.internet.MimeMultipart) received.getContent();
        var attachment = parts.getBodyPart(parts.getCount() - 1);
        assertThat(attachment.getFileName()).isEqualTo("return-label.txt");
        assertThat(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("RETURN LABEL 4711");
        String replyId = received.getMessageID().replaceAll("[<>]", "");
        assertThat(Await.until("the reply marked sent", () -> outbound(ticketId, "sent")))
                .isNotNull();

        // 3. the customer answers the reply, quoting it; it lands on the same ticket with only the new text
        send(
                customer,
                support,
                "Re: My parcel is missing [#" + ticketId + "]",
                "Thank you, that is great!\r\n\r\nOn Sun, 22 Nov 2026 at 10:00, Frontline Support wrote:\r\n"
                        + "> Sorry! We are sending a new one.\r\n",
                "second-" + tag + "@client.example",
                replyId);
        JsonNode answer = Await.until("the customer's answer taken in", () -> inbound(customer, 2));
        assertThat(answer.get("outcome").asString()).isEqualTo("threaded");
        assertThat(answer.get("ticketId").asLong()).isEqualTo(ticketId);
        JsonNode messages =
                admin.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
        String latest = messages.get(messages.size() - 1).get("body").asString();
        assertThat(latest).contains("Thank you, that is great!").doesNotContain("> Sorry!");
        JsonNode emails = admin.get("/api/v1/tickets/" + ticketId + "/emails").json();
        assertThat(emails.get(emails.size() - 1).get("threadReason").asString())
                .startsWith("joined because In-Reply-To matched the reply sent on");

        // 4. the customer's server bounces the reply: it is marked failed with the recipient and the reason
        sendRaw(support, dsn(support, customer, replyId));
        JsonNode failed = Await.until("the reply marked failed", () -> outbound(ticketId, "failed"));
        assertThat(failed.get("failedRecipient").asString()).isEqualTo(customer);
        assertThat(failed.get("error").asString()).contains("5.1.1");
        JsonNode notes =
                admin.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
        assertThat(notes.get(notes.size() - 1).get("visibility").asString()).isEqualTo("internal");
        assertThat(notes.get(notes.size() - 1).get("body").asString()).contains("failed");
    }

    private JsonNode inbound(String from, int count) {
        JsonNode list = admin.get("/api/v1/channels/email/inbound?limit=200").json();
        int seen = 0;
        JsonNode newest = null;
        for (JsonNode m : list) {
            if (from.equalsIgnoreCase(m.path("from").asString(""))
                    && !"received".equals(m.get("state").asString())) {
                seen++;
                if (newest == null) {
                    newest = m;
                }
            }
        }
        return seen >= count ? newest : null;
    }

    private JsonNode outbound(long ticketId, String state) {
        for (JsonNode e : admin.get("/api/v1/tickets/" + ticketId + "/emails").json()) {
            if ("out".equals(e.get("direction").asString())
                    && state.equals(e.get("state").asString())) {
                return e;
            }
        }
        return null;
    }

    private static void send(String from, String to, String subject, String body, String id, String inReplyTo)
            throws MessagingException {
        Session session = GreenMailUtil.getSession(ServerSetupTest.SMTP);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + id + ">");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", "<" + inReplyTo + ">");
            message.setHeader("References", "<" + inReplyTo + ">");
        }
        message.setText(body, "UTF-8");
        GreenMailUtil.sendMimeMessage(message);
    }

    private static void sendRaw(String to, String raw) throws MessagingException {
        Session session = GreenMailUtil.getSession(ServerSetupTest.SMTP);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        jakarta.mail.Transport.send(message, new InternetAddress[] {new InternetAddress(to)});
    }

    /** An RFC 3464 delivery status notification without Auto-Submitted, as many MTAs send them. */
    private static String dsn(String to, String failedRecipient, String originalId) {
        return """
                From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
                To: %s
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-%s@mx.example.com>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

                --BOUNDARY
                Content-Type: text/plain; charset=us-ascii

                I'm sorry to have to inform you that your message could not be delivered.

                --BOUNDARY
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com

                Final-Recipient: rfc822; %s
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown

                --BOUNDARY
                Content-Type: text/rfc822-headers

                Message-ID: <%s>
                Subject: Re: My parcel is missing

                --BOUNDARY--
                """.formatted(to, UUID.randomUUID(), failedRecipient, failedRecipient, originalId)
                .replace("\n", "\r\n");
    }
}
