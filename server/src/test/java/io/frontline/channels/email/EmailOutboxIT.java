package io.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import io.frontline.support.Await;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The outbox with GreenMail as the SMTP server: acknowledgements and their limits, and retries until delivery. */
class EmailOutboxIT extends ApiTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private Long mailboxId;

    @AfterEach
    void deactivate() {
        if (mailboxId != null) {
            admin.delete("/api/v1/mailboxes/" + mailboxId);
        }
    }

    private String mailbox(int smtpPort, boolean acknowledge) {
        String address = "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@frontline.test";
        Map<String, Object> settings = new HashMap<>();
        settings.put("address", address);
        settings.put("displayName", "Desk");
        settings.put("smtpHost", "127.0.0.1");
        settings.put("smtpPort", smtpPort);
        settings.put("smtpSecurity", "none");
        settings.put("acknowledge", acknowledge);
        Api.Response created = admin.post("/api/v1/mailboxes", settings);
        assertThat(created.status()).isEqualTo(201);
        mailboxId = created.id();
        return address;
    }

    private Api.Response receive(String mailbox, String from, String subject, String... headers) {
        return admin.postRaw(
                "/api/v1/channels/email/inbound?mailbox=" + q(mailbox),
                "message/rfc822",
                EmailIntakeApiIT.mail(from, subject, "Hello, I need help.", headers)
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static MimeMessage[] inbox(String address) {
        return MAIL.getReceivedMessagesForDomain(address);
    }

    @Test
    void acknowledgesNewTicketsButNeverRobotsAndNotTooOften() throws Exception {
        String desk = mailbox(ServerSetupTest.SMTP.getPort(), true);
        String customer = email("ann");

        long ticketId = receive(desk, customer, "Order 77 missing")
                .json()
                .get("ticketId")
                .asLong();

        MimeMessage ack =
                Await.until("the acknowledgement", () -> inbox(customer).length > 0 ? inbox(customer)[0] : null);
        assertThat(ack.getSubject()).contains("[#" + ticketId + "]").contains("Order 77 missing");
        assertThat(ack.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");

        String robot = email("robot");
        receive(desk, robot, "Your ticket", "Auto-Submitted: auto-generated", "Precedence: bulk");
        receive(desk, robot, "Newsletter", "List-Id: <news.example.com>");
        for (int i = 0; i < 5; i++) {
            receive(desk, customer, "Another question " + i);
        }
        Thread.sleep(1500); // give the outbox time to send anything it (wrongly) queued
        assertThat(inbox(robot)).isEmpty();
        assertThat(inbox(customer)).hasSize(3); // frontline.email.auto-answer-limit within the window
    }

    @Test
    void aReplyQueuedWhileSmtpIsDownIsSentOnceItIsBack() throws Exception {
        String desk = mailbox(1, false); // nothing listens on port 1
        String customer = email("ben");
        long ticketId =
                receive(desk, customer, "Invoice wrong").json().get("ticketId").asLong();

        admin.post("/api/v1/tickets/" + ticketId + "/messages", Map.of("body", "We will correct it."));

        JsonNode retrying = Await.until(
                "a failed attempt",
                () -> outbound(
                        ticketId,
                        e -> e.get("attempts").asInt() >= 1
                                && "queued".equals(e.get("state").asString())
                                && !e.get("error").isNull()));
        assertThat(retrying.get("error").asString()).isNotBlank();
        Map<String, Object> fixed = new HashMap<>();
        fixed.put("address", desk);
        fixed.put("smtpHost", "127.0.0.1");
        fixed.put("smtpPort", ServerSetupTest.SMTP.getPort());
        fixed.put("smtpSecurity", "none");
        assertThat(admin.put("/api/v1/mailboxes/" + mailboxId, fixed).status()).isEqualTo(200);

        Await.until(
                "the reply sent",
                () -> outbound(ticketId, e -> "sent".equals(e.get("state").asString())));
        MimeMessage received =
                Await.until("the reply delivered", () -> inbox(customer).length > 0 ? inbox(customer)[0] : null);
        assertThat(received.getSubject()).isEqualTo("Re: Invoice wrong [#" + ticketId + "]");
    }

    private JsonNode outbound(long ticketId, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode e : admin.get("/api/v1/tickets/" + ticketId + "/emails").json()) {
            if ("out".equals(e.get("direction").asString()) && test.test(e)) {
                return e;
            }
        }
        return null;
    }
}
