package io.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.frontline.support.Api;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transcript of a chat, emailed to the visitor through the team's mailbox (GreenMail as the SMTP server). */
class ChatTranscriptIT extends ChatTestSupport {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private Long mailboxId;

    @AfterEach
    void removeMailbox() {
        if (mailboxId != null) {
            admin.delete("/api/v1/mailboxes/" + mailboxId);
        }
    }

    @Test
    void aVisitorGetsTheTranscriptOfTheirChatByEmailWithoutInternalNotes() {
        long team = team();
        String support = "chat-" + UUID.randomUUID().toString().substring(0, 8) + "@frontline.test";
        MAIL.setUser(support, support, "support-pw");
        Api.Response mailbox = admin.post(
                "/api/v1/mailboxes",
                Map.of(
                        "address",
                        support,
                        "teamId",
                        team,
                        "smtpHost",
                        "127.0.0.1",
                        "smtpPort",
                        ServerSetupTest.SMTP.getPort(),
                        "smtpSecurity",
                        "none",
                        "smtpUsername",
                        support,
                        "smtpPassword",
                        "support-pw"));
        assertThat(mailbox.status()).isEqualTo(201);
        mailboxId = mailbox.id();
        Agent agent = onlineAgent(team, 2);
        Visitor visitor = visitor(widget(team));
        String email = email("transcript");
        long chat = start(visitor, email, "Which size fits me?", null).id();
        assignedAgent(chat);
        agent.api()
                .post(
                        "/api/v1/chat/conversations/" + chat + "/messages",
                        Map.of("clientMessageId", "a-1", "text", "Size 42 fits most people."));
        agent.api()
                .post(
                        "/api/v1/chat/conversations/" + chat + "/messages",
                        Map.of("clientMessageId", "a-2", "text", "secret internal remark", "internal", true));
        visitor.api().post("/chat/api/conversations/" + chat + "/end", Map.of());

        Api.Response sent = visitor.api().post("/chat/api/conversations/" + chat + "/transcript", Map.of());

        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().get("to").asString()).isEqualTo(email);
        MimeMessage received = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessages())
                                .filter(m -> sentTo(m, email))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        String body = GreenMailUtil.getBody(received);
        assertThat(body).contains("Which size fits me?").contains("Size 42 fits most people.");
        assertThat(body).doesNotContain("secret internal remark");
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
