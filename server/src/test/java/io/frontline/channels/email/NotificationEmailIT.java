package io.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.frontline.automation.internal.TriggerRunner;
import io.frontline.notifications.NewNotification;
import io.frontline.notifications.NotificationKind;
import io.frontline.notifications.Notifications;
import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import io.frontline.support.Await;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Agents' notifications by email, with GreenMail as the SMTP server: who gets one, from which mailbox, what it says,
 * that it is no message of the ticket, retries while SMTP is down, and that an agent's answer stays internal.
 */
class NotificationEmailIT extends ApiTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    TriggerRunner triggerRunner;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    String tag;
    final List<String> created = new ArrayList<>();

    record Agent(long id, String email, Api api) {}

    @BeforeEach
    void uniqueTag() {
        tag = "n" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() {
        created.forEach(admin::delete);
    }

    private long mailbox(int smtpPort, Long teamId) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("address", "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@frontline.test");
        settings.put("displayName", "Desk");
        settings.put("smtpHost", "127.0.0.1");
        settings.put("smtpPort", smtpPort);
        settings.put("smtpSecurity", "none");
        settings.put("teamId", teamId);
        Api.Response response = admin.post("/api/v1/mailboxes", settings);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        created.add("/api/v1/mailboxes/" + response.id());
        return response.id();
    }

    private String address(long mailboxId) {
        return admin.get("/api/v1/mailboxes/" + mailboxId).json().get("address").asString();
    }

    private long team(String kind) {
        Api.Response response = admin.post("/api/v1/teams", Map.of("name", "Team " + UUID.randomUUID(), "kind", kind));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private Agent agent(String role, Long... teams) {
        String email = email(role.toLowerCase());
        String password = "password-" + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", role + " " + UUID.randomUUID().toString().substring(0, 4));
        body.put("email", email);
        body.put("password", password);
        body.put("role", role);
        body.put("tier", 1);
        body.put("teamIds", List.of(teams));
        Api.Response response = admin.post("/api/v1/agents", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Agent(response.id(), email, anonymous.signIn(email, password));
    }

    private void notifyTeamOnCreation() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "notify");
        action.put("field", "team");
        action.put("value", "Please look at {{ticket.subject}}");
        Api.Response response = admin.post(
                "/api/v1/triggers",
                Map.of(
                        "name", "Tell the team " + tag,
                        "events", List.of("ticket_created"),
                        "conditions", Map.of("all", List.of(Map.of("field", "tags", "op", "includes", "value", tag))),
                        "actions", List.of(action)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        created.add("/api/v1/triggers/" + response.id());
    }

    private long ticket(long teamId, String subject) {
        return openTicket(Map.of("teamId", teamId, "subject", subject, "tags", List.of(tag)))
                .id();
    }

    private List<JsonNode> inApp(Agent agent, long ticketId) {
        List<JsonNode> mine = new ArrayList<>();
        agent.api().get("/api/v1/notifications?limit=200").json().get("items").forEach(n -> {
            if (!n.get("ticketId").isNull() && n.get("ticketId").asLong() == ticketId) mine.add(n);
        });
        return mine;
    }

    private List<JsonNode> emails(long ticketId, String kind) {
        List<JsonNode> rows = new ArrayList<>();
        admin.get("/api/v1/tickets/" + ticketId + "/emails").json().forEach(e -> {
            if (kind.equals(e.get("kind").asString())) rows.add(e);
        });
        return rows;
    }

    private void drainTriggers(long ticketId, Agent someone) throws InterruptedException {
        Await.until("the trigger's notifications", () -> {
            triggerRunner.drain(Instant.now());
            return inApp(someone, ticketId).isEmpty() ? null : true;
        });
    }

    private static MimeMessage[] inbox(String address) {
        return MAIL.getReceivedMessagesForDomain(address);
    }

    @Test
    void aNotifyTeamTriggerEmailsEveryMemberWhoWantsItFromTheTeamsMailboxButNotTheOneWhoOptedOut() throws Exception {
        long team = team("frontline");
        mailbox(ServerSetupTest.SMTP.getPort(), null);
        String teamDesk = address(mailbox(ServerSetupTest.SMTP.getPort(), team));
        Agent wants = agent("AGENT", team);
        Agent lead = agent("LEAD", team);
        Agent optedOut = agent("AGENT", team);
        Api.Response off = optedOut.api()
                .put("/api/v1/notifications/settings", Map.of("email", false, "emailKinds", List.of("rule")));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(optedOut.api()
                        .get("/api/v1/notifications/settings")
                        .json()
                        .get("email")
                        .asBoolean())
                .isFalse();
        notifyTeamOnCreation();

        long id = ticket(team, "Router down");
        drainTriggers(id, wants);

        MimeMessage mail = Await.until(
                "the member's email", () -> inbox(wants.email()).length > 0 ? inbox(wants.email())[0] : null);
        Await.until("the lead's email", () -> inbox(lead.email()).length > 0 ? true : null);
        assertThat(mail.getSubject()).isEqualTo("[Frontline] Router down [#" + id + "]");
        assertThat(mail.getFrom()[0].toString()).contains(teamDesk);
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Please look at Router down").contains("http://localhost:8080/tickets/" + id);
        assertThat(body).doesNotContain("password");

        Await.until(
                "every email sent",
                () -> emails(id, "notification").stream()
                                .allMatch(e -> "sent".equals(e.get("state").asString()))
                        ? true
                        : null);
        assertThat(emails(id, "notification"))
                .extracting(e -> e.get("recipients").asString())
                .containsExactlyInAnyOrder(wants.email(), lead.email());
        assertThat(inApp(optedOut, id)).hasSize(1);
        assertThat(inbox(optedOut.email())).isEmpty();
        // no message of the ticket: the conversation still holds only the customer's first message
        assertThat(admin.get("/api/v1/tickets/" + id + "/messages").json().get("items"))
                .singleElement()
                .satisfies(m -> assertThat(m.get("body").asString()).isEqualTo("Smoke is coming out of the printer."));
    }

    @Test
    void anAgentsAnswerToTheEmailBecomesAnInternalNoteNotACustomerMessage() throws Exception {
        long team = team("frontline");
        String desk = address(mailbox(ServerSetupTest.SMTP.getPort(), team));
        Agent member = agent("AGENT", team);
        notifyTeamOnCreation();
        long id = ticket(team, "Printer jam");
        drainTriggers(id, member);
        MimeMessage mail =
                Await.until("the email", () -> inbox(member.email()).length > 0 ? inbox(member.email())[0] : null);

        Api.Response answered = admin.postRaw(
                "/api/v1/channels/email/inbound?mailbox=" + q(desk),
                "message/rfc822",
                EmailIntakeApiIT.mail(
                                member.email(),
                                "Re: " + mail.getSubject(),
                                "I will take it.",
                                "In-Reply-To: " + mail.getHeader("Message-ID")[0])
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(202);
        assertThat(answered.json().get("ticketId").asLong()).isEqualTo(id);

        JsonNode messages =
                admin.get("/api/v1/tickets/" + id + "/messages").json().get("items");
        assertThat(messages).hasSize(2);
        JsonNode note = messages.get(1);
        assertThat(note.get("visibility").asString()).isEqualTo("internal");
        assertThat(note.get("body").asString()).contains("I will take it.");
        assertThat(note.get("author").get("type").asString()).isEqualTo("agent");
        assertThat(note.get("author").get("id").asLong()).isEqualTo(member.id());
        assertThat(emails(id, "agent_note")).hasSize(1);
        assertThat(emails(id, "customer")).isEmpty();
    }

    @Test
    void anEscalationEmailsTheLeadsOfTheTargetTeam() throws Exception {
        long first = team("frontline");
        long escalation = team("escalation");
        mailbox(ServerSetupTest.SMTP.getPort(), escalation);
        Agent tier1 = agent("AGENT", first);
        Agent lead = agent("LEAD", escalation);
        long id = ticket(first, "Database corrupt");

        Api.Response response = tier1.api()
                .post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "Needs a fix", "toTeamId", escalation));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);

        MimeMessage mail =
                Await.until("the lead's email", () -> inbox(lead.email()).length > 0 ? inbox(lead.email())[0] : null);
        assertThat(mail.getSubject()).isEqualTo("[Frontline] Database corrupt [#" + id + "]");
        assertThat(inbox(tier1.email())).isEmpty();
    }

    @Test
    void anAgentWhoMutedAKindGetsNoEmailOfIt() throws Exception {
        long escalation = team("escalation");
        mailbox(ServerSetupTest.SMTP.getPort(), escalation);
        Agent lead = agent("LEAD", escalation);
        Api.Response muted =
                lead.api().put("/api/v1/notifications/settings", Map.of("email", true, "emailKinds", List.of("rule")));
        assertThat(muted.json().get("emailKinds").toString()).isEqualTo("[\"rule\"]");
        long id = ticket(team("frontline"), "Quiet please");

        admin.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "Tier 2", "toTeamId", escalation));

        assertThat(inApp(lead, id)).hasSize(1);
        assertThat(emails(id, "notification")).isEmpty();
    }

    @Test
    void withoutAMailboxAbleToSendNothingIsQueuedAndTheNotificationStays() throws Exception {
        for (JsonNode m : admin.get("/api/v1/mailboxes").json()) {
            if (m.get("active").asBoolean()) {
                admin.delete("/api/v1/mailboxes/" + m.get("id").asLong());
            }
        }
        long team = team("frontline");
        Agent member = agent("AGENT", team);
        notifyTeamOnCreation();

        long id = ticket(team, "Nobody sends");
        drainTriggers(id, member);

        assertThat(inApp(member, id)).hasSize(1);
        assertThat(emails(id, "notification")).isEmpty();
    }

    @Test
    void anEmailQueuedWhileSmtpIsDownIsDeliveredOnceItIsBack() throws Exception {
        long escalation = team("escalation");
        long box = mailbox(1, escalation); // nothing listens on port 1
        Agent lead = agent("LEAD", escalation);
        long id = ticket(team("frontline"), "Mail server down");
        admin.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "Now", "toTeamId", escalation));

        Await.until(
                "a failed attempt",
                () -> emails(id, "notification").stream()
                        .filter(e -> e.get("attempts").asInt() >= 1
                                && "queued".equals(e.get("state").asString())
                                && !e.get("error").isNull())
                        .findFirst()
                        .orElse(null));
        Map<String, Object> fixed = new HashMap<>();
        fixed.put("address", address(box));
        fixed.put("smtpHost", "127.0.0.1");
        fixed.put("smtpPort", ServerSetupTest.SMTP.getPort());
        fixed.put("smtpSecurity", "none");
        fixed.put("teamId", escalation);
        assertThat(admin.put("/api/v1/mailboxes/" + box, fixed).status()).isEqualTo(200);

        Await.until("the email delivered", () -> inbox(lead.email()).length > 0 ? true : null);
        assertThat(emails(id, "notification"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("state").asString()).isEqualTo("sent"));
        assertThat(admin.get("/api/v1/tickets/" + id + "/messages")
                        .json()
                        .get("items")
                        .toString())
                .doesNotContain("could not be sent");
    }

    @Test
    void aRolledBackNotificationQueuesNoEmail() throws Exception {
        long team = team("frontline");
        mailbox(ServerSetupTest.SMTP.getPort(), team);
        Agent member = agent("AGENT", team);
        long id = ticket(team, "Never mind");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.post(new NewNotification(
                    member.id(), NotificationKind.OTHER, id, "Never mind", "Changed my mind", "Test"));
            status.setRollbackOnly();
        });

        assertThat(inApp(member, id)).isEmpty();
        assertThat(emails(id, "notification")).isEmpty();

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> notifications.post(new NewNotification(
                        member.id(), NotificationKind.OTHER, id, "Never mind", "Look again", "Test")));
        assertThat(emails(id, "notification")).hasSize(1);
    }

    @Test
    void settingsDefaultToEveryKindRefuseAnUnknownKindUnchangedAndAreAudited() {
        Agent agent = agent("AGENT", new Long[0]);
        JsonNode defaults = agent.api().get("/api/v1/notifications/settings").json();
        assertThat(defaults.get("email").asBoolean()).isTrue();
        assertThat(defaults.get("emailKinds").toString()).contains("rule", "escalation", "follow_up");

        Api.Response refused = agent.api()
                .put("/api/v1/notifications/settings", Map.of("email", false, "emailKinds", List.of("weather")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(agent.api()
                        .get("/api/v1/notifications/settings")
                        .json()
                        .get("email")
                        .asBoolean())
                .isTrue();

        agent.api().put("/api/v1/notifications/settings", Map.of("email", false));
        JsonNode audit = admin.get("/api/v1/audit?entityType=notification_settings&entityId=" + agent.id())
                .json()
                .get("items");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("action").asString()).isEqualTo("updated");
        assertThat(anonymous.get("/api/v1/notifications/settings").status()).isEqualTo(401);
        String page = agent.api().get("/notifications").raw().body();
        assertThat(page)
                .contains("Email me my notifications")
                .contains("name=\"email\" value=\"true\">")
                .contains("name=\"emailKinds\" value=\"escalation\" checked");
    }
}
