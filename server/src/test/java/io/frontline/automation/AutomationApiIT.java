package io.frontline.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.frontline.automation.internal.SlaEngine;
import io.frontline.automation.internal.TimeRuleRunner;
import io.frontline.automation.internal.TriggerRunner;
import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * SLA policies and clocks, triggers and time rules over the API. Every rule here is scoped to a tag unique to the test,
 * so rules never touch the tickets of other tests sharing the database, and is deleted afterwards.
 */
class AutomationApiIT extends ApiTest {

    @Autowired
    SlaEngine slaEngine;

    @Autowired
    TimeRuleRunner timeRules;

    @Autowired
    TriggerRunner triggerRunner;

    String tag;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void uniqueTag() {
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
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

    private Map<String, Object> taggedWith(Object... more) {
        List<Object> all = new ArrayList<>();
        all.add(Map.of("field", "tags", "op", "includes", "value", tag));
        all.addAll(List.of(more));
        return Map.of("all", all);
    }

    private static Map<String, Object> cond(String field, String op, Object value) {
        return Map.of("field", field, "op", op, "value", value);
    }

    private static Map<String, Object> action(String type, String field, Object value) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type);
        if (field != null) a.put("field", field);
        if (value != null) a.put("value", value);
        return a;
    }

    private long ticket(Map<String, Object> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("tags", List.of(tag));
        return openTicket(all).id();
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
                    if (h.get("kind").asString().equals(kind)) rows.add(h);
                });
        return rows;
    }

    @Nested
    class Sla {

        long urgentPolicy(int firstReply, int resolution) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "Urgent " + tag);
            body.put("conditions", taggedWith(cond("priority", "is", List.of("urgent"))));
            body.put("firstReplyMinutes", firstReply);
            body.put("nextReplyMinutes", 30);
            body.put("resolutionMinutes", resolution);
            body.put("businessHours", false);
            body.put("warnPercent", 50);
            return create("/api/v1/sla-policies", body);
        }

        private JsonNode clocks(long ticket) {
            return admin.get("/api/v1/tickets/" + ticket + "/sla").json();
        }

        @Test
        void startsFirstReplyAndResolutionClocksAndShowsTheNextDueTimeOnTheTicket() {
            urgentPolicy(60, 480);
            long id = ticket(Map.of("priority", "urgent"));
            JsonNode clocks = clocks(id);
            assertThat(clocks).hasSize(2);
            assertThat(clocks.get(0).get("metric").asString()).isEqualTo("first_reply");
            assertThat(clocks.get(0).get("state").asString()).isEqualTo("running");
            JsonNode ticket = ticketJson(id);
            Instant createdAt = Instant.parse(ticket.get("createdAt").asString());
            assertThat(Instant.parse(ticket.get("slaDueAt").asString()))
                    .isBetween(createdAt.plus(Duration.ofMinutes(59)), createdAt.plus(Duration.ofMinutes(61)));
        }

        @Test
        void appliesNoPolicyToTicketsThatDoNotMeetItsConditions() {
            urgentPolicy(60, 480);
            long id = ticket(Map.of("priority", "low"));
            assertThat(clocks(id)).isEmpty();
            assertThat(ticketJson(id).get("slaDueAt").isNull()).isTrue();
        }

        @Test
        void meetsTheFirstReplyTargetWhenAnAgentRepliesAndStartsANextReplyClockWhenTheCustomerWritesAgain() {
            urgentPolicy(60, 480);
            long id = ticket(Map.of("priority", "urgent"));
            admin.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "On it."));
            JsonNode first = clocks(id).get(0);
            assertThat(first.get("state").asString()).isEqualTo("done");
            assertThat(first.get("metAt").isNull()).isFalse();
            JsonNode ticket = ticketJson(id);
            Instant createdAt = Instant.parse(ticket.get("createdAt").asString());
            assertThat(Instant.parse(ticket.get("slaDueAt").asString())).isAfter(createdAt.plus(Duration.ofHours(7)));

            admin.post(
                    "/api/v1/tickets/" + id + "/messages", Map.of("body", "Still smoking!", "authorType", "customer"));
            JsonNode clocks = clocks(id);
            assertThat(clocks).hasSize(3);
            assertThat(clocks.get(2).get("metric").asString()).isEqualTo("next_reply");
            assertThat(clocks.get(2).get("state").asString()).isEqualTo("running");
        }

        @Test
        void pausesWhilePendingAndResumesWithTheTimeAlreadyUsed() {
            urgentPolicy(60, 480);
            long id = ticket(Map.of("priority", "urgent"));
            Instant due = Instant.parse(ticketJson(id).get("slaDueAt").asString());
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "pending"));
            assertThat(ticketJson(id).get("slaDueAt").isNull()).isTrue();
            clocks(id).forEach(c -> assertThat(c.get("state").asString()).isEqualTo("paused"));
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "open"));
            clocks(id).forEach(c -> assertThat(c.get("state").asString()).isEqualTo("running"));
            assertThat(Instant.parse(ticketJson(id).get("slaDueAt").asString())).isAfterOrEqualTo(due);
        }

        @Test
        void recordsAWarningAndABreachOnceEachWithAHistoryRow() {
            urgentPolicy(60, 480);
            long id = ticket(Map.of("priority", "urgent"));
            Instant later = Instant.now().plus(Duration.ofMinutes(90));
            slaEngine.check(later);
            slaEngine.check(later);
            assertThat(history(id, "sla_warning")).hasSize(1); // the first reply passed 50 %, the resolution not yet
            assertThat(history(id, "sla_breached")).hasSize(1);
            assertThat(history(id, "sla_breached")
                            .getFirst()
                            .get("actor")
                            .get("name")
                            .asString())
                    .isEqualTo("SLA: Urgent " + tag);
            JsonNode breaches = admin.get(
                            "/api/v1/sla/events?kind=breach&limit=10000&to=" + later.plus(Duration.ofHours(1)))
                    .json();
            List<Long> tickets = new ArrayList<>();
            breaches.forEach(b -> tickets.add(b.get("ticketId").asLong()));
            assertThat(tickets).containsOnlyOnce(id);
        }

        @Test
        void sortsTicketsBySlaDueWithTicketsWithoutATargetLast() {
            urgentPolicy(60, 480);
            long none = ticket(Map.of("priority", "low"));
            long urgent = ticket(Map.of("priority", "urgent"));
            JsonNode items = admin.get("/api/v1/tickets?tag=" + tag + "&sort=slaDueAt")
                    .json()
                    .get("items");
            assertThat(items.get(0).get("id").asLong()).isEqualTo(urgent);
            assertThat(items.get(1).get("id").asLong()).isEqualTo(none);
        }

        @Test
        void keepsEveryVersionOfAPolicyAndRollsBack() {
            long id = urgentPolicy(60, 480);
            Map<String, Object> changed = new LinkedHashMap<>();
            changed.put("name", "Urgent " + tag);
            changed.put("conditions", taggedWith());
            changed.put("firstReplyMinutes", 15);
            assertThat(admin.put("/api/v1/sla-policies/" + id, changed).status())
                    .isEqualTo(200);
            JsonNode versions =
                    admin.get("/api/v1/sla-policies/" + id + "/versions").json();
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).get("changedBy").get("name").asString()).isNotBlank();
            JsonNode rolledBack = admin.post("/api/v1/sla-policies/" + id + "/versions/1/rollback", Map.of())
                    .json();
            assertThat(rolledBack.get("firstReplyMinutes").asInt()).isEqualTo(60);
            assertThat(admin.get("/api/v1/sla-policies/" + id + "/versions").json())
                    .hasSize(3);
        }

        @Test
        void refusesAPolicyWithoutTargetsOrWithUnknownConditions() {
            Api.Response response = admin.post(
                    "/api/v1/sla-policies",
                    Map.of("name", "Broken", "conditions", Map.of("all", List.of(cond("colour", "is", "red")))));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.raw().body())
                    .contains("conditions.all[0].field")
                    .contains("firstReplyMinutes");
        }

        @Test
        void letsOnlyLeadsManagePolicies() {
            Api agent = agent("AGENT");
            assertThat(agent.get("/api/v1/sla-policies").status()).isEqualTo(403);
            Api lead = agent("LEAD");
            assertThat(lead.get("/api/v1/sla-policies").status()).isEqualTo(200);
        }
    }

    @Nested
    class Triggers {

        long trigger(String name, List<String> events, Map<String, Object> conditions, List<Object> actions) {
            return create(
                    "/api/v1/triggers",
                    Map.of("name", name + " " + tag, "events", events, "conditions", conditions, "actions", actions));
        }

        @Test
        void firesInOrderOnCreationLetsLaterTriggersSeeEarlierChangesAndNamesItselfInTheHistory() {
            trigger(
                    "Refunds are high",
                    List.of("ticket_created"),
                    taggedWith(cond("subject", "contains", "refund")),
                    List.of(action("set", "priority", "high"), action("add_tags", null, List.of("money"))));
            trigger(
                    "Money needs a note",
                    List.of("ticket_created"),
                    taggedWith(cond("tags", "includes", "money")),
                    List.of(action("note", null, "Check the payment of {{customer.first_name}}.")));
            long id = ticket(Map.of("subject", "Refund please"));
            // the worker normally takes the run at once; draining here too keeps the test independent of its timing
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                triggerRunner.drain(Instant.now());
                return history(id, "trigger_fired").size() == 2;
            });
            JsonNode ticket = ticketJson(id);
            assertThat(ticket.get("priority").asString()).isEqualTo("high");
            assertThat(ticket.get("tags").toString()).contains("money");
            JsonNode messages =
                    admin.get("/api/v1/tickets/" + id + "/messages").json().get("items");
            assertThat(messages.get(messages.size() - 1).get("body").asString())
                    .isEqualTo("Check the payment of Casey.");
            assertThat(messages.get(messages.size() - 1).get("visibility").asString())
                    .isEqualTo("internal");
            assertThat(history(id, "trigger_fired")
                            .get(0)
                            .get("actor")
                            .get("name")
                            .asString())
                    .isEqualTo("Trigger: Refunds are high " + tag);
            assertThat(history(id, "trigger_fired")
                            .get(0)
                            .get("actor")
                            .get("type")
                            .asString())
                    .isEqualTo("automation");
        }

        @Test
        void cannotFireItselfEndlesslyEvenWhenTwoTriggersUndoEachOther() {
            trigger(
                    "Up",
                    List.of("ticket_updated"),
                    taggedWith(cond("priority", "is", "normal")),
                    List.of(action("set", "priority", "high")));
            trigger(
                    "Down",
                    List.of("ticket_updated"),
                    taggedWith(cond("priority", "is", "high")),
                    List.of(action("set", "priority", "normal")));
            long id = ticket(Map.of());
            admin.patch("/api/v1/tickets/" + id, Map.of("type", "question"));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> history(id, "trigger_fired").size() == 2);
            triggerRunner.drain(Instant.now().plusSeconds(3600));
            assertThat(history(id, "trigger_fired")).hasSize(2);
            assertThat(admin.get("/api/v1/automation/jobs").json().toString())
                    .doesNotContain("\"ticketId\":" + id + ",");
        }

        @Test
        void reactsToWhatTheCustomerWrote() {
            trigger(
                    "Angry customers",
                    List.of("customer_replied"),
                    taggedWith(cond("text", "contains", "lawyer")),
                    List.of(action("set", "priority", "urgent")));
            long id = ticket(Map.of());
            admin.post(
                    "/api/v1/tickets/" + id + "/messages",
                    Map.of("body", "My LAWYER will call you.", "authorType", "customer"));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> ticketJson(id).get("priority").asString().equals("urgent"));
        }

        @Test
        void callsAWebhookWithTheTicketAndKeepsTheDelivery() throws Exception {
            List<String> received = new CopyOnWriteArrayList<>();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            try {
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
                trigger(
                        "Tell the CRM",
                        List.of("ticket_created"),
                        taggedWith(),
                        List.of(action("webhook", url, "{\"ticket\": {{ticket.id}}}")));
                long id = ticket(Map.of());
                await().atMost(Duration.ofSeconds(20)).until(() -> received.contains("{\"ticket\": " + id + "}"));
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> admin.get("/api/v1/automation/webhook-deliveries?ticketId=" + id)
                                .json()
                                .get(0)
                                .get("state")
                                .asString()
                                .equals("DELIVERED"));
            } finally {
                server.stop(0);
            }
        }

        @Test
        void quarantinesARunThatKeepsFailingAndLetsALeadRetryIt() {
            trigger(
                    "Assign to nobody",
                    List.of("ticket_created"),
                    taggedWith(),
                    List.of(action("set", "assigneeId", "987654321")));
            long id = ticket(Map.of());
            for (int i = 0; i < 8; i++) {
                triggerRunner.drain(Instant.now().plus(Duration.ofDays(1 + i)));
            }
            JsonNode quarantined =
                    admin.get("/api/v1/automation/jobs?quarantined=true").json();
            JsonNode mine = null;
            for (JsonNode job : quarantined) {
                if (job.get("ticketId").asLong() == id) mine = job;
            }
            assertThat(mine).as(quarantined.toString()).isNotNull();
            assertThat(mine.get("lastError").asString()).contains("assigneeId");
            assertThat(admin.post("/api/v1/automation/jobs/" + mine.get("id").asLong() + "/retry", Map.of())
                            .status())
                    .isEqualTo(202);
        }

        @Test
        void dryRunShowsWhichRecentTicketsWouldMatchAndWritesNothing() {
            long match = ticket(Map.of("priority", "high"));
            long other = ticket(Map.of("priority", "low"));
            Map<String, Object> rule = Map.of(
                    "name",
                    "Try me",
                    "events",
                    List.of("ticket_updated"),
                    "conditions",
                    taggedWith(cond("priority", "is", "high")),
                    "actions",
                    List.of(action("add_tags", null, List.of("vip_look"))));
            JsonNode result = admin.post("/api/v1/triggers/dry-run", Map.of("rule", rule, "limit", 50))
                    .json();
            assertThat(result.get("examined").asInt()).isGreaterThanOrEqualTo(2);
            List<Long> ids = new ArrayList<>();
            result.get("matches").forEach(m -> ids.add(m.get("ticketId").asLong()));
            assertThat(ids).contains(match).doesNotContain(other);
            assertThat(result.get("matches")
                            .get(0)
                            .get("changes")
                            .get("addTags")
                            .toString())
                    .contains("vip_look");
            assertThat(ticketJson(match).get("tags").toString()).doesNotContain("vip_look");
        }

        @Test
        void refusesRulesItCannotRun() {
            Api.Response response = admin.post(
                    "/api/v1/triggers",
                    Map.of(
                            "name",
                            "Broken",
                            "conditions",
                            Map.of("all", List.of(cond("priority", "greater", "high"))),
                            "actions",
                            List.of(action("explode", null, null))));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.raw().body())
                    .contains("events")
                    .contains("conditions.all[0].op")
                    .contains("actions[0].type");
            assertThat(agent("AGENT").get("/api/v1/triggers").status()).isEqualTo(403);
        }
    }

    @Nested
    class Pages {

        @Test
        void showsLeadsTheAutomationPagesAndKeepsAgentsOut() {
            trigger();
            Api lead = agent("LEAD");
            for (String page :
                    List.of("/automation/sla", "/automation/triggers", "/automation/time-rules", "/automation/queue")) {
                Api.Response response = lead.get(page);
                assertThat(response.status()).as(page).isEqualTo(200);
                assertThat(response.raw().body()).contains("Automation");
            }
            assertThat(lead.get("/automation/triggers").raw().body()).contains("Page rule " + tag);
            assertThat(agent("AGENT").get("/automation/triggers").status()).isEqualTo(403);
        }

        private void trigger() {
            create(
                    "/api/v1/triggers",
                    Map.of(
                            "name", "Page rule " + tag,
                            "events", List.of("ticket_created"),
                            "conditions", taggedWith(),
                            "actions", List.of(action("add_tags", null, List.of("seen")))));
        }
    }

    @Nested
    class TimeRules {

        @Test
        void remindsACustomerPendingForThreeDaysOnceAndSolvesAfterSeven() {
            create(
                    "/api/v1/time-rules",
                    Map.of(
                            "name", "Remind " + tag,
                            "conditions",
                                    taggedWith(
                                            cond("status", "is", "pending"), cond("hours_in_status", "at_least", 72)),
                            "actions", List.of(action("reply", null, "Hello {{customer.name}}, any news?"))));
            create(
                    "/api/v1/time-rules",
                    Map.of(
                            "name", "Solve " + tag,
                            "conditions",
                                    taggedWith(
                                            cond("status", "is", "pending"), cond("hours_in_status", "at_least", 168)),
                            "actions", List.of(action("set", "status", "solved"))));
            long id = ticket(Map.of());
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "pending"));

            timeRules.run(Instant.now().plus(Duration.ofHours(1)), 100);
            assertThat(history(id, "time_rule_fired")).isEmpty();

            Instant fourDays = Instant.now().plus(Duration.ofDays(4));
            timeRules.run(fourDays, 100);
            timeRules.run(fourDays, 100);
            assertThat(history(id, "time_rule_fired")).hasSize(1);
            JsonNode messages =
                    admin.get("/api/v1/tickets/" + id + "/messages").json().get("items");
            assertThat(messages.get(messages.size() - 1).get("body").asString())
                    .isEqualTo("Hello Casey Customer, any news?");
            assertThat(ticketJson(id).get("status").asString()).isEqualTo("pending");

            timeRules.run(Instant.now().plus(Duration.ofDays(8)), 100);
            assertThat(ticketJson(id).get("status").asString()).isEqualTo("solved");
            assertThat(history(id, "time_rule_fired")).hasSize(2);
        }

        @Test
        void needsATimeCondition() {
            Api.Response response = admin.post(
                    "/api/v1/time-rules",
                    Map.of(
                            "name",
                            "No time",
                            "conditions",
                            taggedWith(),
                            "actions",
                            List.of(action("set", "status", "solved"))));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.raw().body()).contains("hours_in_status");
        }
    }
}
