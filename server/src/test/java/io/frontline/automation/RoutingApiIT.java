package io.frontline.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Routing of tickets over the API: who gets a team's new tickets, what waits, what goes back when an agent leaves, and
 * how chats and tickets share one agent's load. Each test has a team of its own, so agents other tests leave online
 * never take its tickets.
 */
class RoutingApiIT extends ApiTest {

    @Autowired
    Routing routing;

    record Agent(long id, Api api) {}

    long team;

    @BeforeEach
    void ownTeam() {
        team = admin.post("/api/v1/teams", Map.of("name", "Routing team " + UUID.randomUUID()))
                .id();
    }

    private Agent agent(List<Map<String, String>> skills) {
        String email = email("routed");
        String password = "password-" + UUID.randomUUID();
        Api.Response created = admin.post(
                "/api/v1/agents",
                Map.of(
                        "name",
                        "Agent " + email.substring(7, 15),
                        "email",
                        email,
                        "password",
                        password,
                        "role",
                        "agent",
                        "teamIds",
                        List.of(team),
                        "skills",
                        skills));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Agent(created.id(), anonymous.signIn(email, password));
    }

    private Agent online(int ticketCapacity, Map<String, String>... skills) {
        Agent agent = agent(List.of(skills));
        present(agent, "online", ticketCapacity);
        return agent;
    }

    private static void present(Agent agent, String presence, Integer ticketCapacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("presence", presence);
        if (ticketCapacity != null) {
            body.put("ticketCapacity", ticketCapacity);
        }
        Api.Response response = agent.api().put("/api/v1/presence", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void route(String mode, String languageRule, String productRule) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        if (languageRule != null) body.put("languageRule", languageRule);
        if (productRule != null) body.put("productRule", productRule);
        Api.Response response = admin.put("/api/v1/routing/teams/" + team, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private long ticket(Map<String, Object> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("teamId", team);
        all.putAll(fields);
        return openTicket(all).id();
    }

    private long ticketOf(long requesterId, String tag) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("requester", null);
        fields.put("requesterId", requesterId);
        fields.put("tags", List.of(tag));
        return ticket(fields);
    }

    private long ticket() {
        return ticket(Map.of());
    }

    private Long assignee(long ticket) {
        JsonNode a = admin.get("/api/v1/tickets/" + ticket).json().get("assigneeId");
        return a == null || a.isNull() ? null : a.asLong();
    }

    private long assignedTo(long ticket) {
        await().atMost(Duration.ofSeconds(10)).until(() -> assignee(ticket) != null);
        return assignee(ticket);
    }

    private List<JsonNode> history(long ticket, String kind) {
        List<JsonNode> rows = new ArrayList<>();
        admin.get("/api/v1/tickets/" + ticket + "/events?limit=500")
                .json()
                .get("items")
                .forEach(h -> {
                    if (h.get("kind").asString().equals(kind)) rows.add(h);
                });
        return rows;
    }

    private static Map<String, String> speaks(String language) {
        return Map.of("kind", "language", "value", language);
    }

    private static Map<String, String> knows(String product) {
        return Map.of("kind", "product", "value", product);
    }

    @Nested
    class NewTickets {

        @Test
        void goToTheOnlineAgentWithRoomAndSayWhyInTheHistory() {
            Agent offline = agent(List.of());
            Agent available = online(5);
            route("least_loaded", null, null);

            long ticket = ticket();

            assertThat(assignedTo(ticket)).isEqualTo(available.id()).isNotEqualTo(offline.id());
            List<JsonNode> routed = history(ticket, "routed");
            assertThat(routed).hasSize(1);
            assertThat(routed.getFirst().get("actor").get("name").asString()).isEqualTo("Routing");
            assertThat(routed.getFirst().get("to").asString()).startsWith("least loaded: 1 online agent");
        }

        @Test
        void stayInTheQueueOfATeamWithManualRouting() {
            online(5);

            long ticket = ticket();
            routing.routeNow();

            assertThat(assignee(ticket)).isNull();
        }

        @Test
        void keepTheAssigneeTheyWereOpenedWith() {
            Agent chosen = agent(List.of());
            online(5);
            route("round_robin", null, null);

            long ticket = ticket(Map.of("assigneeId", chosen.id()));
            routing.routeNow();

            assertThat(assignee(ticket)).isEqualTo(chosen.id());
            assertThat(history(ticket, "routed")).isEmpty();
        }

        @Test
        void takeTurnsBetweenEqualAgentsInRoundRobin() {
            Agent first = online(50);
            Agent second = online(50);
            Agent third = online(50);
            route("round_robin", null, null);

            Map<Long, Integer> counts = new HashMap<>();
            for (int i = 0; i < 9; i++) {
                counts.merge(assignedTo(ticket()), 1, Integer::sum);
            }

            assertThat(counts)
                    .containsEntry(first.id(), 3)
                    .containsEntry(second.id(), 3)
                    .containsEntry(third.id(), 3);
        }

        @Test
        void goToWhoSpeaksTheRequestersLanguageAndKnowsTheProduct() {
            online(5, speaks("en"), knows("router"));
            Agent german = online(5, speaks("de"));
            Agent germanRouter = online(5, speaks("de"), knows("router"));
            route("least_loaded", "prefer", "require");
            long customer = admin.post(
                            "/api/v1/customers",
                            Map.of("name", "Dieter", "emails", List.of(email("dieter")), "language", "de"))
                    .id();

            long routerTicket = ticketOf(customer, "router");
            long other = ticketOf(customer, "invoice");

            assertThat(assignedTo(routerTicket)).isEqualTo(germanRouter.id());
            assertThat(assignedTo(other)).isIn(german.id(), germanRouter.id());
        }
    }

    @Nested
    class Capacity {

        @Test
        void aFullAgentGetsNothingMoreUntilATicketOfTheirsIsNoLongerOpen() {
            Agent agent = online(1);
            long first = ticket();
            long second = ticket();

            route("least_loaded", null, null);
            routing.routeNow();

            assertThat(assignedTo(first)).isEqualTo(agent.id());
            assertThat(assignee(second)).isNull();

            Api.Response pending = agent.api().patch("/api/v1/tickets/" + first, Map.of("status", "pending"));
            assertThat(pending.status()).as(pending.toString()).isEqualTo(200);

            assertThat(assignedTo(second)).isEqualTo(agent.id());
        }

        @Test
        void isNeverExceededWhenManyTicketsArriveAtOnce() throws Exception {
            Agent agent = online(3);
            route("round_robin", null, null);

            List<Long> tickets = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<Future<Long>> opened = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    opened.add(pool.submit(() -> ticket()));
                }
                for (Future<Long> f : opened) {
                    tickets.add(f.get());
                }
            }
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            tickets.stream().filter(t -> assignee(t) != null).count() == 3);
            routing.routeNow();

            assertThat(tickets.stream().filter(t -> assignee(t) != null)).hasSize(3);
            JsonNode load = load(agent.id());
            assertThat(load.get("openTickets").asInt()).isEqualTo(3);
            assertThat(load.get("ticketCapacity").asInt()).isEqualTo(3);
        }

        @Test
        void aTicketWaitsForAnAgentToComeOnline() {
            Agent later = agent(List.of());
            route("least_loaded", null, null);
            long ticket = ticket();
            routing.routeNow();
            assertThat(assignee(ticket)).isNull();

            present(later, "online", 5);

            assertThat(assignedTo(ticket)).isEqualTo(later.id());
        }
    }

    @Nested
    class AnAgentWhoLeaves {

        @Test
        void givesBackRoutedTicketsTheyHaveNotAnsweredAndKeepsTheAnsweredOnes() {
            Agent leaving = online(10);
            route("least_loaded", null, null);
            long answered = ticket();
            long unanswered = ticket();
            assertThat(assignedTo(answered)).isEqualTo(leaving.id());
            assertThat(assignedTo(unanswered)).isEqualTo(leaving.id());
            Api.Response reply = leaving.api()
                    .post(
                            "/api/v1/tickets/" + answered + "/messages",
                            Map.of("body", "On it.", "visibility", "public"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

            present(leaving, "away", null);

            assertThat(assignee(answered)).isEqualTo(leaving.id());
            assertThat(assignee(unanswered)).isNull();
            List<JsonNode> requeued = history(unanswered, "routing_requeued");
            assertThat(requeued).hasSize(1);
            assertThat(requeued.getFirst().get("to").asString()).contains("went away before answering");

            Agent colleague = online(10);
            assertThat(assignedTo(unanswered)).isEqualTo(colleague.id());
        }

        @Test
        void keepsTicketsAssignedByHand() {
            Agent leaving = online(10);
            Agent other = online(10);
            route("least_loaded", null, null);
            long routed = ticket();
            long routedTo = assignedTo(routed);
            Agent owner = routedTo == leaving.id() ? leaving : other;
            long byHand = ticket(Map.of("assigneeId", owner.id()));
            long reassigned = ticket();
            await().atMost(Duration.ofSeconds(10)).until(() -> assignee(reassigned) != null);
            Api.Response patch = admin.patch("/api/v1/tickets/" + reassigned, Map.of("assigneeId", owner.id()));
            assertThat(patch.status()).as(patch.toString()).isEqualTo(200);

            present(owner, "offline", null);

            assertThat(assignee(byHand)).isEqualTo(owner.id());
            assertThat(assignee(reassigned)).isEqualTo(owner.id());
            assertThat(history(byHand, "routing_requeued")).isEmpty();
            assertThat(history(reassigned, "routing_requeued")).isEmpty();
            assertThat(history(routed, "routing_requeued")).hasSize(1);
        }
    }

    @Nested
    class ChatsAndTickets {

        @Test
        void shareOneAgentsLoad() {
            Agent a = online(10);
            Agent b = online(10);
            route("least_loaded", null, null);
            Api.Response widget = admin.post(
                    "/api/v1/chat/widgets",
                    Map.of("name", "Shop " + UUID.randomUUID(), "teamId", team, "allowedOrigins", List.of()));
            assertThat(widget.status()).as(widget.toString()).isEqualTo(201);
            String token = anonymous
                    .post(
                            "/chat/api/visitors",
                            Map.of("widget", widget.json().get("key").asString()))
                    .json()
                    .get("token")
                    .asString();
            Api.Response chat = anonymous
                    .withHeader("X-Visitor-Token", token)
                    .post(
                            "/chat/api/conversations",
                            Map.of(
                                    "name",
                                    "Vera",
                                    "email",
                                    email("vera"),
                                    "text",
                                    "Hello?",
                                    "clientMessageId",
                                    "c-" + UUID.randomUUID()));
            assertThat(chat.status()).as(chat.toString()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> admin.get("/api/v1/chat/conversations/" + chat.id())
                            .json()
                            .get("state")
                            .asString()
                            .equals("active"));
            long chatting = admin.get("/api/v1/chat/conversations/" + chat.id())
                    .json()
                    .get("agent")
                    .get("id")
                    .asLong();
            long free = chatting == a.id() ? b.id() : a.id();

            long ticket = ticket();

            assertThat(assignedTo(ticket)).isEqualTo(free);
            JsonNode chatter = load(chatting);
            assertThat(chatter.get("openChats").asInt()).isEqualTo(1);
            assertThat(chatter.get("openTickets").asInt()).isEqualTo(1);
            assertThat(load(free).get("openChats").asInt()).isZero();
        }
    }

    @Nested
    class Settings {

        @Test
        void areVersionedAndCanBeRolledBack() {
            route("round_robin", "require", null);
            route("least_loaded", "ignore", "prefer");

            JsonNode versions =
                    admin.get("/api/v1/routing/teams/" + team + "/versions").json();
            assertThat(versions).hasSize(2);
            Api.Response rolledBack = admin.post("/api/v1/routing/teams/" + team + "/versions/1/rollback", Map.of());

            assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
            assertThat(rolledBack.json().get("mode").asString()).isEqualTo("round_robin");
            assertThat(rolledBack.json().get("languageRule").asString()).isEqualTo("require");
            assertThat(rolledBack.json().get("productRule").asString()).isEqualTo("ignore");
            assertThat(rolledBack.json().get("version").asInt()).isEqualTo(3);
        }

        @Test
        void areManualForATeamNobodySet() {
            JsonNode settings = admin.get("/api/v1/routing/teams/" + team).json();

            assertThat(settings.get("mode").asString()).isEqualTo("manual");
            assertThat(settings.get("version").asInt()).isZero();
        }

        @Test
        void areForLeadsOnly() {
            Api agent = agent("agent");

            assertThat(agent.put("/api/v1/routing/teams/" + team, Map.of("mode", "round_robin"))
                            .status())
                    .isEqualTo(403);
            assertThat(agent.get("/api/v1/routing/agents").status()).isEqualTo(403);
            assertThat(admin.get("/api/v1/routing/teams/999999999").status()).isEqualTo(404);
        }

        @Test
        void refuseAnUnknownModeAndChangeNothing() {
            Api.Response bad = admin.put("/api/v1/routing/teams/" + team, Map.of("mode", "whoever_shouts"));

            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.json().get("errors").toString()).contains("mode");
            assertThat(admin.get("/api/v1/routing/teams/" + team)
                            .json()
                            .get("mode")
                            .asString())
                    .isEqualTo("manual");
        }
    }

    @Nested
    class Presence {

        @Test
        void refusesUnknownPresenceAndCapacityOutOfRange() {
            Agent agent = agent(List.of());

            Api.Response bad =
                    agent.api().put("/api/v1/presence", Map.of("presence", "sleeping", "ticketCapacity", 9999));

            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.json().get("errors").toString()).contains("presence", "ticketCapacity");
            assertThat(agent.api()
                            .get("/api/v1/presence")
                            .json()
                            .get("presence")
                            .asString())
                    .isEqualTo("offline");
        }

        @Test
        void isTheSameForChatsAndTickets() {
            Agent agent = agent(List.of());

            agent.api().put("/api/v1/chat/presence", Map.of("presence", "online", "capacity", 2));

            JsonNode presence = agent.api().get("/api/v1/presence").json();
            assertThat(presence.get("presence").asString()).isEqualTo("online");
            assertThat(presence.get("chatCapacity").asInt()).isEqualTo(2);
            assertThat(presence.get("ticketCapacity").asInt()).isEqualTo(10);
        }

        @Test
        void ofAnotherAgentIsSetOnlyByLeads() {
            Agent agent = agent(List.of());
            Agent colleague = agent(List.of());

            assertThat(agent.api()
                            .put("/api/v1/presence/" + colleague.id(), Map.of("presence", "online"))
                            .status())
                    .isEqualTo(403);
            assertThat(admin.put("/api/v1/presence/" + colleague.id(), Map.of("ticketCapacity", 4))
                            .json()
                            .get("ticketCapacity")
                            .asInt())
                    .isEqualTo(4);
        }
    }

    private JsonNode load(long agentId) {
        for (JsonNode row : admin.get("/api/v1/routing/agents?teamId=" + team).json()) {
            if (row.get("agentId").asLong() == agentId) {
                return row;
            }
        }
        throw new AssertionError("agent " + agentId + " not in the load table");
    }
}
