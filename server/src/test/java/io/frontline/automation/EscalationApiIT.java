package io.frontline.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontline.automation.internal.TimeRuleRunner;
import io.frontline.automation.internal.TriggerRunner;
import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Agent notifications, escalation, tier rules and follow-up reminders over the API. Rules are scoped to a tag unique to
 * the test and deleted afterwards; teams and agents are new per test, so nothing leaks into other tests.
 */
class EscalationApiIT extends ApiTest {

    @Autowired
    TriggerRunner triggerRunner;

    @Autowired
    FollowUps followUps;

    @Autowired
    TimeRuleRunner timeRules;

    String tag;
    final List<String> created = new ArrayList<>();

    record Agent(long id, Api api) {}

    @BeforeEach
    void uniqueTag() {
        tag = "e" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void deleteRules() {
        created.forEach(admin::delete);
    }

    private long create(String path, Map<String, Object> body) {
        Api.Response response = admin.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        created.add(path + "/" + response.id());
        return response.id();
    }

    private long team(String kind) {
        Api.Response response = admin.post("/api/v1/teams", Map.of("name", "Team " + UUID.randomUUID(), "kind", kind));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private Agent agent(String role, int tier, Long... teams) {
        String email = email(role.toLowerCase());
        String password = "password-" + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "name",
                role + " tier " + tier + " " + UUID.randomUUID().toString().substring(0, 4));
        body.put("email", email);
        body.put("password", password);
        body.put("role", role);
        body.put("tier", tier);
        body.put("teamIds", List.of(teams));
        Api.Response response = admin.post("/api/v1/agents", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Agent(response.id(), anonymous.signIn(email, password));
    }

    private long ticket(Map<String, Object> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("tags", List.of(tag));
        return openTicket(all).id();
    }

    private Map<String, Object> taggedWith(Object... more) {
        List<Object> all = new ArrayList<>();
        all.add(Map.of("field", "tags", "op", "includes", "value", tag));
        all.addAll(List.of(more));
        return Map.of("all", all);
    }

    private static Map<String, Object> cond(String field, String op, Object value) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("field", field);
        c.put("op", op);
        if (value != null) c.put("value", value);
        return c;
    }

    private static Map<String, Object> action(String type, String field, Object value) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type);
        if (field != null) a.put("field", field);
        if (value != null) a.put("value", value);
        return a;
    }

    private JsonNode ticketJson(long id) {
        return admin.get("/api/v1/tickets/" + id).json();
    }

    private List<JsonNode> history(long id, String kind) {
        List<JsonNode> rows = new ArrayList<>();
        admin.get("/api/v1/tickets/" + id + "/events?limit=500")
                .json()
                .get("items")
                .forEach(h -> {
                    if (kind == null || h.get("kind").asString().equals(kind)) rows.add(h);
                });
        return rows;
    }

    private static List<JsonNode> inbox(Agent agent, long ticketId) {
        List<JsonNode> mine = new ArrayList<>();
        agent.api().get("/api/v1/notifications?limit=200").json().get("items").forEach(n -> {
            if (!n.get("ticketId").isNull() && n.get("ticketId").asLong() == ticketId) mine.add(n);
        });
        return mine;
    }

    private void drainUntil(long ticketId, String kind, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            triggerRunner.drain(Instant.now());
            return history(ticketId, kind).size() >= count;
        });
    }

    @Nested
    class Notifications {

        @Test
        void notifyActionReachesTheAssigneeTheTeamItsLeadsAndANamedAgentAndEachSeesOnlyTheirOwn() {
            long team = team("frontline");
            Agent member = agent("AGENT", 1, team);
            Agent lead = agent("LEAD", 2, team);
            Agent named = agent("AGENT", 1);
            Agent bystander = agent("AGENT", 1);
            create(
                    "/api/v1/triggers",
                    Map.of(
                            "name", "Tell everyone " + tag,
                            "events", List.of("ticket_created"),
                            "conditions", taggedWith(),
                            "actions",
                                    List.of(
                                            action("notify", "assignee", "New for you: {{ticket.subject}}"),
                                            action("notify", "team", "Team: {{ticket.subject}}"),
                                            action("notify", "leads", "Leads: {{ticket.subject}}"),
                                            action("notify", "agent:" + named.id(), "FYI {{customer.first_name}}"))));
            long id = ticket(Map.of("assigneeId", member.id(), "teamId", team, "subject", "Router down"));
            drainUntil(id, "notified", 4);

            assertThat(inbox(member, id))
                    .extracting(n -> n.get("text").asString())
                    .containsExactlyInAnyOrder("New for you: Router down", "Team: Router down");
            assertThat(inbox(lead, id))
                    .extracting(n -> n.get("text").asString())
                    .containsExactlyInAnyOrder("Team: Router down", "Leads: Router down");
            assertThat(inbox(named, id))
                    .extracting(n -> n.get("text").asString())
                    .containsExactly("FYI Casey");
            assertThat(inbox(bystander, id)).isEmpty();
            JsonNode first = inbox(named, id).getFirst();
            assertThat(first.get("kind").asString()).isEqualTo("rule");
            assertThat(first.get("actorName").asString()).isEqualTo("Trigger: Tell everyone " + tag);
            assertThat(history(id, "notified"))
                    .extracting(h -> h.get("actor").get("name").asString())
                    .containsOnly("Trigger: Tell everyone " + tag);
        }

        @Test
        void aTimeRuleNotifiesTheTeamLeadOfATicketUnassignedForThirtyMinutesOnce() {
            long team = team("frontline");
            Agent lead = agent("LEAD", 2, team);
            create(
                    "/api/v1/time-rules",
                    Map.of(
                            "name", "Unassigned half an hour " + tag,
                            "conditions",
                                    taggedWith(
                                            cond("assignee", "absent", null), cond("hours_in_status", "at_least", 0.5)),
                            "actions", List.of(action("notify", "leads", "Nobody has #{{ticket.id}} yet"))));
            long id = ticket(Map.of("teamId", team));

            timeRules.run(Instant.now().plus(Duration.ofMinutes(10)), 100);
            assertThat(inbox(lead, id)).isEmpty();
            timeRules.run(Instant.now().plus(Duration.ofMinutes(40)), 100);
            timeRules.run(Instant.now().plus(Duration.ofMinutes(50)), 100);
            assertThat(inbox(lead, id))
                    .extracting(n -> n.get("text").asString())
                    .containsExactly("Nobody has #" + id + " yet");
        }

        @Test
        void anAgentReadsAndMarksOnlyTheirOwnNotifications() {
            long team = team("frontline");
            Agent member = agent("AGENT", 1, team);
            Agent other = agent("AGENT", 1, team);
            create(
                    "/api/v1/triggers",
                    Map.of(
                            "name", "Ping " + tag,
                            "events", List.of("ticket_created"),
                            "conditions", taggedWith(),
                            "actions",
                                    List.of(
                                            action("notify", "agent:" + member.id(), "One"),
                                            action("notify", "agent:" + member.id(), "Two"))));
            long id = ticket(Map.of());
            drainUntil(id, "notified", 2);

            JsonNode unread =
                    member.api().get("/api/v1/notifications?unread=true").json();
            assertThat(unread.get("unreadCount").asInt()).isEqualTo(2);
            long one = inbox(member, id).getFirst().get("id").asLong();

            Api.Response foreign = other.api().post("/api/v1/notifications/" + one + "/read", Map.of());
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.contentType()).startsWith("application/problem+json");
            assertThat(other.api().get("/api/v1/notifications").json().get("items"))
                    .isEmpty();

            JsonNode read = member.api()
                    .post("/api/v1/notifications/" + one + "/read", Map.of())
                    .json();
            assertThat(read.get("readAt").isNull()).isFalse();
            assertThat(member.api()
                            .get("/api/v1/notifications?unread=true")
                            .json()
                            .get("items"))
                    .hasSize(1);
            assertThat(member.api()
                            .post("/api/v1/notifications/read-all", Map.of())
                            .json()
                            .get("marked")
                            .asInt())
                    .isEqualTo(1);
            assertThat(member.api()
                            .get("/api/v1/notifications")
                            .json()
                            .get("unreadCount")
                            .asInt())
                    .isZero();
        }

        @Test
        void dryRunShowsWhoWouldBeNotified() {
            long team = team("frontline");
            Agent lead = agent("LEAD", 2, team);
            long id = ticket(Map.of("teamId", team));
            Map<String, Object> rule = Map.of(
                    "name", "Leads look",
                    "events", List.of("ticket_updated"),
                    "conditions", taggedWith(),
                    "actions", List.of(action("notify", "leads", "Look at {{ticket.id}}")));
            JsonNode result = admin.post("/api/v1/triggers/dry-run", Map.of("rule", rule, "limit", 50))
                    .json();
            JsonNode match = null;
            for (JsonNode m : result.get("matches")) {
                if (m.get("ticketId").asLong() == id) match = m;
            }
            assertThat(match).as(result.toString()).isNotNull();
            assertThat(match.get("changes").get("notifyAgents").get("leads").toString())
                    .contains(lead.api()
                            .get("/api/v1/agents/me")
                            .json()
                            .get("name")
                            .asString());
            assertThat(lead.api().get("/api/v1/notifications").json().get("items"))
                    .isEmpty();
        }
    }

    @Nested
    class Escalation {

        @Test
        void movesTheTicketUpATierIntoTheNamedTeamUnassignsNotesNotifiesItsLeadsAndRecordsIt() {
            long first = team("frontline");
            long escalation = team("escalation");
            Agent tier1 = agent("AGENT", 1, first);
            Agent escalationLead = agent("LEAD", 3, escalation);
            Agent firstLead = agent("LEAD", 3, first);
            long id = ticket(Map.of("assigneeId", tier1.id(), "teamId", first));
            Instant before = Instant.now().minusSeconds(1);

            Api.Response response = tier1.api()
                    .post(
                            "/api/v1/tickets/" + id + "/escalate",
                            Map.of("reason", "Needs a database fix", "toTeamId", escalation));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            JsonNode done = response.json();
            assertThat(done.get("fromLevel").asInt()).isZero();
            assertThat(done.get("toLevel").asInt()).isEqualTo(1);
            assertThat(done.get("unassigned").asBoolean()).isTrue();
            assertThat(done.get("notifiedLeadIds").toString()).contains(String.valueOf(escalationLead.id()));

            JsonNode ticket = ticketJson(id);
            assertThat(ticket.get("teamId").asLong()).isEqualTo(escalation);
            assertThat(ticket.get("assigneeId").isNull()).isTrue();
            JsonNode messages =
                    admin.get("/api/v1/tickets/" + id + "/messages").json().get("items");
            JsonNode note = messages.get(messages.size() - 1);
            assertThat(note.get("visibility").asString()).isEqualTo("internal");
            assertThat(note.get("body").asString()).contains("tier 2").contains("Needs a database fix");
            assertThat(history(id, "escalated")).hasSize(1);

            assertThat(inbox(escalationLead, id))
                    .singleElement()
                    .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("escalation"));
            assertThat(inbox(firstLead, id)).isEmpty();

            JsonNode report = admin.get("/api/v1/escalations?teamId=" + escalation + "&from=" + before)
                    .json();
            assertThat(report).hasSize(1);
            assertThat(report.get(0).get("ticketId").asLong()).isEqualTo(id);
            assertThat(report.get(0).get("fromTeamId").asLong()).isEqualTo(first);
            assertThat(report.get(0).get("by").get("id").asLong()).isEqualTo(tier1.id());
            assertThat(admin.get("/api/v1/escalations?teamId=" + escalation + "&to=" + before)
                            .json())
                    .isEmpty();
            assertThat(tier1.api().get("/api/v1/escalations").status()).isEqualTo(403);
        }

        @Test
        void keepsAnAssigneeWhoseTierIsHighEnoughAndStopsAtTheTopTier() {
            long team = team("technical_support");
            Agent tier2 = agent("AGENT", 2, team);
            long id = ticket(Map.of("assigneeId", tier2.id(), "teamId", team));
            String path = "/api/v1/tickets/" + id + "/escalate";
            JsonNode once = tier2.api()
                    .post(path, Map.of("reason", "Tricky", "toTeamId", team))
                    .json();
            assertThat(once.get("unassigned").asBoolean()).isFalse();
            assertThat(ticketJson(id).get("assigneeId").asLong()).isEqualTo(tier2.id());

            JsonNode twice = tier2.api()
                    .post(path, Map.of("reason", "Trickier", "toTeamId", team))
                    .json();
            assertThat(twice.get("toLevel").asInt()).isEqualTo(2);
            assertThat(twice.get("unassigned").asBoolean()).isTrue();

            Api.Response top = tier2.api().post(path, Map.of("reason", "Even more", "toTeamId", team));
            assertThat(top.status()).isEqualTo(409);
            assertThat(top.raw().body()).contains("escalation_at_top");
            assertThat(admin.get("/api/v1/tickets/" + id + "/escalations").json())
                    .hasSize(2);
            assertThat(admin.get("/api/v1/tickets/987654321/escalations").status())
                    .isEqualTo(404);
        }

        @Test
        void refusesAnEscalationWithoutAReasonAndChangesNothing() {
            long id = ticket(Map.of());
            Api.Response response = admin.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", " "));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.raw().body()).contains("reason");
            assertThat(history(id, "escalated")).isEmpty();
        }

        /** Runs with {@code team} as the configured escalation team, then puts the setting back. */
        private void withEscalationTeam(long team, Runnable body) {
            JsonNode previous = admin.get("/api/v1/escalation-settings").json();
            try {
                JsonNode settings = admin.put("/api/v1/escalation-settings", Map.of("escalationTeamId", team))
                        .json();
                assertThat(settings.get("effectiveTeamId").asLong()).isEqualTo(team);
                body.run();
            } finally {
                Map<String, Object> back = new LinkedHashMap<>();
                JsonNode was = previous.get("escalationTeamId");
                back.put("escalationTeamId", was == null || was.isNull() ? null : was.asLong());
                admin.put("/api/v1/escalation-settings", back);
            }
        }

        @Test
        void goesToTheConfiguredEscalationTeamWhenNoneIsNamed() {
            long home = team("frontline");
            long escalation = team("escalation");
            withEscalationTeam(escalation, () -> {
                assertThat(admin.get("/api/v1/escalation-settings/versions")
                                .json()
                                .get(0)
                                .get("snapshot")
                                .toString())
                        .contains(String.valueOf(escalation));
                long id = ticket(Map.of("teamId", home));
                admin.post("/api/v1/tickets/" + id + "/escalate", Map.of("reason", "Out of our depth"));
                assertThat(ticketJson(id).get("teamId").asLong()).isEqualTo(escalation);
            });
        }

        @Test
        void theEscalateActionOfARuleEscalatesAsTheRuleWithoutTriggeringRulesAgain() {
            long team = team("frontline");
            long escalation = team("escalation");
            Agent lead = agent("LEAD", 3, escalation);
            create(
                    "/api/v1/triggers",
                    Map.of(
                            "name", "Escalate lawyers " + tag,
                            "events", List.of("ticket_created", "ticket_updated"),
                            "conditions", taggedWith(cond("subject", "contains", "lawyer")),
                            "actions", List.of(action("escalate", null, "Legal threat in {{ticket.subject}}"))));
            long[] ticket = new long[1];
            withEscalationTeam(escalation, () -> {
                ticket[0] = ticket(Map.of("subject", "My lawyer will call", "teamId", team));
                drainUntil(ticket[0], "escalated", 1);
            });
            long id = ticket[0];
            triggerRunner.drain(Instant.now().plusSeconds(3600));

            assertThat(history(id, "trigger_fired")).hasSize(1);
            JsonNode rows = admin.get("/api/v1/tickets/" + id + "/escalations").json();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("toTeamId").asLong()).isEqualTo(escalation);
            assertThat(rows.get(0).get("by").get("type").asString()).isEqualTo("automation");
            assertThat(rows.get(0).get("reason").asString()).isEqualTo("Legal threat in My lawyer will call");
            assertThat(inbox(lead, id)).hasSize(1);
        }
    }

    @Nested
    class TierRules {

        long urgentIncidentsNeedALead() {
            return create(
                    "/api/v1/tier-rules",
                    Map.of(
                            "name",
                            "Urgent incidents need a lead " + tag,
                            "conditions",
                            taggedWith(cond("priority", "is", "urgent"), cond("type", "is", "incident")),
                            "actions",
                            List.of("solve", "close"),
                            "requiresRole",
                            "lead"));
        }

        @Test
        void refusesATierOneAgentSolvingAnUrgentIncidentAndWritesNothingWhileALeadMay() {
            urgentIncidentsNeedALead();
            Agent tier1 = agent("AGENT", 1);
            Agent lead = agent("LEAD", 1);
            long id = ticket(Map.of("priority", "urgent", "type", "incident"));
            int rows = history(id, null).size();

            Api.Response refused =
                    tier1.api().patch("/api/v1/tickets/" + id, Map.of("status", "solved", "tags", List.of(tag, "x")));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.raw().body()).contains("tier_rule").contains("Urgent incidents need a lead " + tag);
            Api.Response viaReply = tier1.api()
                    .post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Fixed.", "status", "solved"));
            assertThat(viaReply.status()).isEqualTo(409);
            Api.Response sneaky =
                    tier1.api().patch("/api/v1/tickets/" + id, Map.of("status", "solved", "priority", "normal"));
            assertThat(sneaky.status()).isEqualTo(409);

            JsonNode ticket = ticketJson(id);
            assertThat(ticket.get("status").asString()).isEqualTo("new");
            assertThat(ticket.get("priority").asString()).isEqualTo("urgent");
            assertThat(ticket.get("messageCount").asInt()).isEqualTo(1);
            assertThat(history(id, null)).hasSize(rows);

            assertThat(tier1.api()
                            .patch("/api/v1/tickets/" + id, Map.of("status", "open"))
                            .status())
                    .isEqualTo(200);
            assertThat(lead.api()
                            .patch("/api/v1/tickets/" + id, Map.of("status", "solved"))
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void guardsOnlyTicketsMeetingTheConditions() {
            urgentIncidentsNeedALead();
            Agent tier1 = agent("AGENT", 1);
            long id = ticket(Map.of("priority", "high", "type", "incident"));
            assertThat(tier1.api()
                            .patch("/api/v1/tickets/" + id, Map.of("status", "solved"))
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void keepsVersionsAndRefusesRulesThatDemandNothing() {
            long id = urgentIncidentsNeedALead();
            Map<String, Object> changed = new LinkedHashMap<>();
            changed.put("name", "Urgent incidents need tier 3 " + tag);
            changed.put("conditions", taggedWith());
            changed.put("actions", List.of("solve"));
            changed.put("minTier", 3);
            assertThat(admin.put("/api/v1/tier-rules/" + id, changed).status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/tier-rules/" + id + "/versions").json())
                    .hasSize(2);
            JsonNode restored = admin.post("/api/v1/tier-rules/" + id + "/versions/1/rollback", Map.of())
                    .json();
            assertThat(restored.get("requiresRole").asString()).isEqualTo("lead");

            Api.Response broken =
                    admin.post("/api/v1/tier-rules", Map.of("name", "Nothing", "actions", List.of("explode")));
            assertThat(broken.status()).isEqualTo(422);
            assertThat(broken.raw().body()).contains("actions[0]").contains("minTier");
            assertThat(agent("AGENT", 1).api().get("/api/v1/tier-rules").status())
                    .isEqualTo(403);
        }
    }

    @Nested
    class Pages {

        @Test
        void showsLeadsTheTierPageAndEveryAgentTheirNotificationsAndTheTicketExtras() {
            Agent lead = agent("LEAD", 2);
            Agent tier1 = agent("AGENT", 1);
            Api.Response tiers = lead.api().get("/automation/tiers");
            assertThat(tiers.status()).isEqualTo(200);
            assertThat(tiers.raw().body()).contains("Tier rules").contains("Escalation team");
            assertThat(tier1.api().get("/automation/tiers").status()).isEqualTo(403);

            long id = ticket(Map.of());
            Api.Response extras = tier1.api().get("/tickets/" + id + "/extras");
            assertThat(extras.status()).isEqualTo(200);
            assertThat(extras.raw().body())
                    .contains("escalate-dialog")
                    .contains("remind-dialog")
                    .contains("Tier 1");
            Api.Response inbox = tier1.api().get("/notifications");
            assertThat(inbox.status()).isEqualTo(200);
            assertThat(inbox.raw().body()).contains("Notifications");
            assertThat(tier1.api().get("/notifications/bell").raw().body()).contains("data-bell");
        }
    }

    @Nested
    class FollowUpReminders {

        @Test
        void firesOnceAtItsTimeWithANotificationAndAHistoryRow() {
            Agent me = agent("AGENT", 1);
            Agent other = agent("AGENT", 1);
            long id = ticket(Map.of());
            Api.Response created = me.api()
                    .post(
                            "/api/v1/tickets/" + id + "/follow-ups",
                            Map.of("delay", "PT1H", "note", "Call the customer back"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            Instant due = Instant.parse(created.json().get("dueAt").asString());
            assertThat(due)
                    .isBetween(
                            Instant.now().plus(Duration.ofMinutes(59)),
                            Instant.now().plus(Duration.ofMinutes(61)));
            assertThat(me.api().get("/api/v1/follow-ups?mine=true").json()).hasSize(1);
            assertThat(other.api().get("/api/v1/tickets/" + id + "/follow-ups").json())
                    .isEmpty();

            followUps.fireDue(due.minusSeconds(60));
            assertThat(inbox(me, id)).isEmpty();

            followUps.fireDue(due.plusSeconds(1));
            followUps.fireDue(due.plusSeconds(120));
            assertThat(inbox(me, id)).singleElement().satisfies(n -> {
                assertThat(n.get("kind").asString()).isEqualTo("follow_up");
                assertThat(n.get("text").asString()).contains("Call the customer back");
            });
            assertThat(history(id, "follow_up_due")).hasSize(1);
            assertThat(me.api().get("/api/v1/follow-ups?mine=true").json()).isEmpty();
            assertThat(me.api()
                            .get("/api/v1/tickets/" + id + "/follow-ups")
                            .json()
                            .get(0)
                            .get("state")
                            .asString())
                    .isEqualTo("fired");
        }

        @Test
        void aCancelledReminderNeverFiresAndOnlyItsOwnerMayCancelIt() {
            Agent me = agent("AGENT", 1);
            Agent other = agent("AGENT", 1);
            long id = ticket(Map.of());
            Instant at = Instant.now().plus(Duration.ofDays(1));
            long reminder = me.api()
                    .post("/api/v1/tickets/" + id + "/follow-ups", Map.of("dueAt", at.toString()))
                    .id();
            String path = "/api/v1/tickets/" + id + "/follow-ups/" + reminder;
            assertThat(other.api().delete(path).status()).isEqualTo(404);
            assertThat(me.api().delete(path).status()).isEqualTo(204);
            followUps.fireDue(at.plusSeconds(60));
            assertThat(inbox(me, id)).isEmpty();
        }

        @Test
        void refusesAReminderInThePastOrWithoutATime() {
            long id = ticket(Map.of());
            Api.Response past = admin.post(
                    "/api/v1/tickets/" + id + "/follow-ups",
                    Map.of("dueAt", Instant.now().minusSeconds(60).toString()));
            assertThat(past.status()).isEqualTo(422);
            Api.Response none = admin.post("/api/v1/tickets/" + id + "/follow-ups", Map.of("note", "when?"));
            assertThat(none.status()).isEqualTo(422);
            assertThat(admin.get("/api/v1/tickets/" + id + "/follow-ups").json())
                    .isEmpty();
        }
    }
}
