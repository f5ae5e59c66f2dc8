package io.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The raw intake endpoint: what each kind of message becomes, and that nothing is lost or half-written. */
class EmailIntakeApiIT extends ApiTest {

    private static final String INBOUND = "/api/v1/channels/email/inbound";

    static String mail(String from, String subject, String body, String... headers) {
        StringBuilder raw = new StringBuilder();
        raw.append("From: Alice Example <").append(from).append(">\r\n");
        raw.append("To: support@frontline.test\r\n");
        raw.append("Subject: ").append(subject).append("\r\n");
        raw.append("Date: Sun, 22 Nov 2026 10:00:00 +0000\r\n");
        boolean hasId = false;
        for (String header : headers) {
            raw.append(header).append("\r\n");
            hasId |= header.toLowerCase().startsWith("message-id:");
        }
        if (!hasId) {
            raw.append("Message-ID: <").append(UUID.randomUUID()).append("@client.example>\r\n");
        }
        raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
        raw.append(body).append("\r\n");
        return raw.toString();
    }

    private Api.Response send(String raw) {
        return admin.postRaw(INBOUND, "message/rfc822", raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void createsTicketFromNewMessageAndKeepsTheRawOriginal() {
        String from = email("alice");
        String raw = mail(from, "Parcel never arrived", "Hello, my parcel 4711 never arrived.");
        Api.Response response = send(raw);

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("outcome").asString()).isEqualTo("created");
        long ticketId = response.json().get("ticketId").asLong();
        Api.Response ticket = admin.get("/api/v1/tickets/" + ticketId);
        assertThat(ticket.json().get("channel").asString()).isEqualTo("email");
        assertThat(ticket.json().get("subject").asString()).isEqualTo("Parcel never arrived");
        assertThat(ticket.json().get("requester").get("email").asString()).isEqualToIgnoringCase(from);

        long inboundId = response.json().get("inboundId").asLong();
        var original = admin.getBytes(INBOUND + "/" + inboundId + "/raw");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(new String(original.body(), StandardCharsets.UTF_8)).isEqualTo(raw);

        Api.Response emails = admin.get("/api/v1/tickets/" + ticketId + "/emails");
        assertThat(emails.json().get(0).get("threadReason").asString()).startsWith("new ticket");
    }

    @Test
    void threadsReplyByInReplyToAndRecordsWhy() {
        String from = email("bob");
        String firstId = UUID.randomUUID() + "@client.example";
        Api.Response first = send(mail(from, "Refund please", "I want a refund.", "Message-ID: <" + firstId + ">"));
        long ticketId = first.json().get("ticketId").asLong();

        Api.Response reply = send(mail(
                from,
                "Re: Refund please",
                "Any news?\r\n\r\nOn Sun, 22 Nov 2026, Bob wrote:\r\n> I want a refund.",
                "In-Reply-To: <" + firstId + ">",
                "References: <" + firstId + ">"));

        assertThat(reply.json().get("outcome").asString()).isEqualTo("threaded");
        assertThat(reply.json().get("ticketId").asLong()).isEqualTo(ticketId);
        Api.Response emails = admin.get("/api/v1/tickets/" + ticketId + "/emails");
        assertThat(emails.json().get(1).get("threadReason").asString())
                .contains("In-Reply-To matched the message received on");
        Api.Response history = admin.get("/api/v1/tickets/" + ticketId + "/events");
        assertThat(history.raw().body()).contains("In-Reply-To matched");
    }

    @Test
    void threadsBySubjectTokenOnlyForSomeoneOnTheTicket() {
        String from = email("carol");
        long ticketId = send(mail(from, "Broken zipper", "The zipper broke."))
                .json()
                .get("ticketId")
                .asLong();

        Api.Response sameSender = send(mail(from, "About my case [#" + ticketId + "]", "Photos attached."));
        assertThat(sameSender.json().get("outcome").asString()).isEqualTo("threaded");
        assertThat(sameSender.json().get("ticketId").asLong()).isEqualTo(ticketId);

        Api.Response stranger = send(mail(email("mallory"), "Hijack [#" + ticketId + "]", "Let me in."));
        assertThat(stranger.json().get("outcome").asString()).isEqualTo("created");
        assertThat(stranger.json().get("ticketId").asLong()).isNotEqualTo(ticketId);
        long strangerTicket = stranger.json().get("ticketId").asLong();
        assertThat(admin.get("/api/v1/tickets/" + strangerTicket + "/emails")
                        .raw()
                        .body())
                .contains("was ignored because");
    }

    @Test
    void replyToClosedTicketOpensLinkedFollowUp() {
        String from = email("dave");
        String firstId = UUID.randomUUID() + "@client.example";
        long ticketId = send(mail(from, "Old issue", "Help.", "Message-ID: <" + firstId + ">"))
                .json()
                .get("ticketId")
                .asLong();
        assertThat(admin.patch("/api/v1/tickets/" + ticketId, Map.of("status", "solved"))
                        .status())
                .isEqualTo(200);
        assertThat(admin.patch("/api/v1/tickets/" + ticketId, Map.of("status", "closed"))
                        .status())
                .isEqualTo(200);

        Api.Response reply = send(mail(from, "Re: Old issue", "It happened again.", "In-Reply-To: <" + firstId + ">"));

        assertThat(reply.json().get("outcome").asString()).isEqualTo("threaded");
        long followUp = reply.json().get("ticketId").asLong();
        assertThat(followUp).isNotEqualTo(ticketId);
        assertThat(admin.get("/api/v1/tickets/" + followUp)
                        .json()
                        .get("followUpOfId")
                        .asLong())
                .isEqualTo(ticketId);
    }

    @Test
    void agentsCopiedOnANewEmailFollowItsTicket() {
        String agentEmail = email("copied.agent");
        Api.Response agent = admin.post(
                "/api/v1/agents",
                Map.of("name", "Copied Agent", "email", agentEmail, "password", "password-" + UUID.randomUUID()));
        String mailbox = "cc+" + UUID.randomUUID().toString().substring(0, 6) + "@frontline.test";
        admin.post("/api/v1/mailboxes", Map.of("address", mailbox, "ccFollowers", true));

        Api.Response response = admin.postRaw(
                INBOUND + "?mailbox=" + q(mailbox),
                "message/rfc822",
                mail(email("fran"), "Copying my account manager", "See above.", "Cc: Copied Agent <" + agentEmail + ">")
                        .getBytes(StandardCharsets.UTF_8));

        long ticketId = response.json().get("ticketId").asLong();
        assertThat(admin.get("/api/v1/tickets/" + ticketId)
                        .json()
                        .get("followerIds")
                        .toString())
                .contains(String.valueOf(agent.id()));
    }

    @Test
    void autoReplyWithoutTicketCreatesNothing() {
        Api.Response response =
                send(mail(email("ooo"), "Out of office", "I am away until Monday.", "Auto-Submitted: auto-replied"));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("outcome").asString()).isEqualTo("auto_reply");
        assertThat(response.json().get("ticketId").isNull()).isTrue();
    }

    @Test
    void sameMessageTwiceIsTakenInOnce() {
        String raw = mail(email("erin"), "Twice", "Sent to two of your addresses.");
        Api.Response first = send(raw);
        Api.Response second = send(raw);

        assertThat(second.json().get("duplicate").asBoolean()).isTrue();
        assertThat(second.json().get("ticketId").asLong())
                .isEqualTo(first.json().get("ticketId").asLong());
        assertThat(second.json().get("messageId").asLong())
                .isEqualTo(first.json().get("messageId").asLong());
    }

    @Test
    void quarantinesWhatCannotBeProcessedAndCanReprocessIt() {
        byte[] garbage = "this is not an email at all\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        Api.Response response = admin.postRaw(INBOUND, "message/rfc822", garbage);

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("outcome").asString()).isEqualTo("quarantined");
        long id = response.json().get("inboundId").asLong();
        Api.Response listed = admin.get(INBOUND + "?state=quarantined");
        assertThat(listed.raw().body()).contains("\"id\":" + id);
        assertThat(admin.get(INBOUND + "/" + id).json().get("error").asString()).isNotBlank();

        Api.Response again = admin.post(INBOUND + "/" + id + "/reprocess", Map.of());
        assertThat(again.json().get("outcome").asString()).isEqualTo("quarantined");
    }

    @Test
    void keepsAMessageWithThousandsOfLinks() {
        StringBuilder html = new StringBuilder("<p>Links:</p>");
        for (int i = 0; i < 5000; i++) {
            html.append("<a href=\"https://example.com/")
                    .append(i)
                    .append("\">link ")
                    .append(i)
                    .append("</a> ");
        }
        String raw = mail(email("spammy"), "Many links", "see html")
                .replace(
                        "Content-Type: text/plain; charset=utf-8\r\n\r\nsee html",
                        "Content-Type: text/html; charset=utf-8\r\n\r\n" + html);

        Api.Response response = send(raw);

        assertThat(response.json().get("outcome").asString()).isEqualTo("created");
    }

    @Test
    void quarantinesDeeplyNestedMimeButKeepsItRaw() {
        StringBuilder raw = new StringBuilder(
                mail(email("nested"), "Nested", "").replace("Content-Type: text/plain; charset=utf-8\r\n\r\n\r\n", ""));
        int depth = 200;
        raw.append("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int i = 0; i < depth; i++) {
            raw.append("--b")
                    .append(i)
                    .append("\r\nContent-Type: multipart/mixed; boundary=\"b")
                    .append(i + 1)
                    .append("\"\r\n\r\n");
        }
        raw.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\ndeep\r\n");
        for (int i = depth; i >= 0; i--) {
            raw.append("--b").append(i).append("--\r\n");
        }

        Api.Response response = send(raw.toString());

        assertThat(response.json().get("outcome").asString()).isEqualTo("quarantined");
        long id = response.json().get("inboundId").asLong();
        assertThat(admin.getBytes(INBOUND + "/" + id + "/raw").body())
                .hasSize(raw.toString().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void quarantinesOversizedMessagesAndRefusesHugeOnes() {
        String big = mail(email("big"), "Big", "x".repeat(1_300_000));
        Api.Response kept = send(big);
        assertThat(kept.status()).isEqualTo(202);
        assertThat(kept.json().get("outcome").asString()).isEqualTo("quarantined");
        assertThat(admin.get(INBOUND + "/" + kept.json().get("inboundId").asLong())
                        .json()
                        .get("error")
                        .asString())
                .contains("limit");

        Api.Response refused = send(mail(email("huge"), "Huge", "x".repeat(2_200_000)));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesEmptyBodiesUnknownMailboxesAndNonAdmins() {
        Api.Response empty = admin.postRaw(INBOUND, "message/rfc822", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("application/problem+json");

        Api.Response unknown = admin.postRaw(
                INBOUND + "?mailbox=nobody@nowhere.test",
                "message/rfc822",
                mail(email("x"), "x", "x").getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(422);

        Api agent = agent("agent");
        Api.Response forbidden = agent.postRaw(
                INBOUND, "message/rfc822", mail(email("x"), "x", "x").getBytes(StandardCharsets.UTF_8));
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    void mailboxPasswordsAreWriteOnlyAndAudited() {
        String address = "sales+" + UUID.randomUUID().toString().substring(0, 6) + "@frontline.test";
        Api.Response created = admin.post(
                "/api/v1/mailboxes",
                Map.of(
                        "address", address,
                        "imapHost", "imap.example.com",
                        "imapUsername", address,
                        "imapPassword", "very-secret-imap",
                        "smtpHost", "smtp.example.com",
                        "smtpPassword", "very-secret-smtp",
                        "active", false));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().body()).doesNotContain("very-secret");
        assertThat(created.json().get("imapPasswordSet").asBoolean()).isTrue();
        Api.Response invalid = admin.post("/api/v1/mailboxes", Map.of("address", "not-an-address"));
        assertThat(invalid.status()).isEqualTo(422);
        Api.Response clash = admin.post("/api/v1/mailboxes", Map.of("address", address.toUpperCase()));
        assertThat(clash.status()).isEqualTo(409);
    }
}
