package io.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.frontline.support.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Live chat over HTTP and STOMP against the running application: one record, routing, delivery, security. */
class ChatApiIT extends ChatTestSupport {

    @Nested
    class OneRecord {

        @Test
        void aChatIsATicketOnTheChatChannelWithTheVisitorAsCustomer() {
            long team = team();
            Visitor visitor = visitor(widget(team));
            String email = email("vera");

            Api.Response started = start(visitor, email, "My order 4711 is late", "de");

            assertThat(started.status()).isEqualTo(201);
            assertThat(started.json().get("state").asString()).isEqualTo("queued");
            assertThat(started.json().get("position").asInt()).isEqualTo(1);
            JsonNode ticket = admin.get(
                            "/api/v1/tickets/" + started.json().get("ticketId").asLong())
                    .json();
            assertThat(ticket.get("channel").asString()).isEqualTo("chat");
            assertThat(ticket.get("requester").get("email").asString()).isEqualTo(email);
            assertThat(ticket.get("teamId").asLong()).isEqualTo(team);
            JsonNode messages = admin.get("/api/v1/tickets/" + ticket.get("id").asLong() + "/messages")
                    .json()
                    .get("items");
            assertThat(messages.get(0).get("body").asString()).isEqualTo("My order 4711 is late");
            assertThat(messages.get(0).get("author").get("type").asString()).isEqualTo("customer");
            String timeline = admin.get("/api/v1/customers/"
                            + started.json().get("customerId").asLong() + "/timeline")
                    .raw()
                    .body();
            assertThat(timeline).contains("My order 4711 is late");
        }

        @Test
        void everyLineOfTheChatIsAMessageOfItsTicketAndNotesStayInternal() {
            long team = team();
            Agent agent = onlineAgent(team, 3);
            Visitor visitor = visitor(widget(team));
            long chat = startChat(visitor, "Hello?");
            assignedAgent(chat);

            say(visitor, chat, "v-1", "Is anyone there?");
            agent.api()
                    .post(
                            "/api/v1/chat/conversations/" + chat + "/messages",
                            Map.of("clientMessageId", "a-1", "text", "Yes, how can I help?"));
            agent.api()
                    .post(
                            "/api/v1/chat/conversations/" + chat + "/messages",
                            Map.of("clientMessageId", "a-2", "text", "VIP, be nice", "internal", true));

            long ticketId = conversation(chat).get("ticketId").asLong();
            JsonNode items = admin.get("/api/v1/tickets/" + ticketId + "/messages?limit=50")
                    .json()
                    .get("items");
            List<String> bodies = new ArrayList<>();
            items.forEach(m -> bodies.add(
                    m.get("visibility").asString() + ":" + m.get("body").asString()));
            assertThat(bodies)
                    .contains("public:Is anyone there?", "public:Yes, how can I help?", "internal:VIP, be nice");
            JsonNode visitorLines = visitor.api()
                    .get("/chat/api/conversations/" + chat + "/messages")
                    .json();
            List<String> seen = new ArrayList<>();
            visitorLines.forEach(l -> seen.add(l.get("text").asString()));
            assertThat(seen)
                    .contains("Is anyone there?", "Yes, how can I help?")
                    .doesNotContain("VIP, be nice");
        }

        @Test
        void theSameLineSentTwiceIsStoredOnce() {
            Visitor visitor = visitor(widget(team()));
            long chat = startChat(visitor, "Hi");

            Api.Response first = say(visitor, chat, "same-id", "Only once please");
            Api.Response again = say(visitor, chat, "same-id", "Only once please");

            assertThat(again.json().get("seq").asLong())
                    .isEqualTo(first.json().get("seq").asLong());
            long ticketId = conversation(chat).get("ticketId").asLong();
            JsonNode items = admin.get("/api/v1/tickets/" + ticketId + "/messages")
                    .json()
                    .get("items");
            long copies = 0;
            for (JsonNode m : items) {
                if (m.get("body").asString().equals("Only once please")) copies++;
            }
            assertThat(copies).isEqualTo(1);
        }

        @Test
        void aReturningVisitorSeesTheirEarlierConversation() {
            String key = widget(team());
            Visitor visitor = visitor(key);
            long chat = startChat(visitor, "First visit");
            visitor.api().post("/chat/api/conversations/" + chat + "/end", Map.of());

            String refreshed = anonymous
                    .post("/chat/api/visitors", Map.of("widget", key, "token", visitor.token()))
                    .json()
                    .get("token")
                    .asString();
            JsonNode conversations = anonymous
                    .withHeader("X-Visitor-Token", refreshed)
                    .get("/chat/api/conversations")
                    .json();

            assertThat(conversations.get(0).get("id").asLong()).isEqualTo(chat);
            assertThat(conversations.get(0).get("state").asString()).isEqualTo("ended");
        }

        @Test
        void theOfflineFormBecomesATicketAnsweredByEmail() {
            Visitor visitor = visitor(widget(team()));
            String email = email("offline");

            Api.Response left = visitor.api()
                    .post(
                            "/chat/api/widgets/" + widgetOf(visitor) + "/offline",
                            Map.of("name", "Olga Offline", "email", email, "text", "Call me back please"));

            assertThat(left.status()).isEqualTo(201);
            JsonNode ticket = admin.get(
                            "/api/v1/tickets/" + left.json().get("ticketId").asLong())
                    .json();
            assertThat(ticket.get("requester").get("email").asString()).isEqualTo(email);
            assertThat(ticket.get("tags").toString()).contains("chat_offline");
        }

        private String widgetOf(Visitor visitor) {
            long widgetId = Long.parseLong(visitor.token().split("\\.")[2]);
            return admin.get("/api/v1/chat/widgets/" + widgetId)
                    .json()
                    .get("key")
                    .asString();
        }
    }

    @Nested
    class Routing {

        @Test
        void anAgentNeverGetsMoreChatsThanTheirCapacity() {
            long team = team();
            Agent agent = onlineAgent(team, 1);
            String key = widget(team);
            long first = startChat(visitor(key), "first");
            assertThat(assignedAgent(first)).isEqualTo(agent.id());

            long second = startChat(visitor(key), "second");

            await().during(Duration.ofMillis(700))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> conversation(second).get("state").asString().equals("queued"));
            assertThat(conversation(second).get("position").asInt()).isEqualTo(1);

            agent.api().post("/api/v1/chat/conversations/" + first + "/end", Map.of());
            assertThat(assignedAgent(second)).isEqualTo(agent.id());
        }

        @Test
        void prefersAnAgentWhoSpeaksTheVisitorsLanguage() {
            long team = team();
            onlineAgent(team, 3, "en");
            Agent german = onlineAgent(team, 3, "de");
            Visitor visitor = visitor(widget(team));

            long chat = start(visitor, email("klaus"), "Wo ist mein Paket?", "de-AT")
                    .id();

            assertThat(assignedAgent(chat)).isEqualTo(german.id());
        }

        @Test
        void sharesChatsFairlyBetweenEquallyFreeAgents() {
            long team = team();
            Agent ann = onlineAgent(team, 5);
            Agent bob = onlineAgent(team, 5);
            String key = widget(team);

            List<Long> owners = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                owners.add(assignedAgent(startChat(visitor(key), "chat " + i)));
            }

            assertThat(owners).filteredOn(id -> id == ann.id()).hasSize(2);
            assertThat(owners).filteredOn(id -> id == bob.id()).hasSize(2);
        }

        @Test
        void anAgentWhoGoesOfflineHandsTheirChatsBackToTheQueueAndAnotherTakesThem() {
            long team = team();
            Agent leaving = onlineAgent(team, 2);
            String key = widget(team);
            long chat = startChat(visitor(key), "help");
            assertThat(assignedAgent(chat)).isEqualTo(leaving.id());

            leaving.api().put("/api/v1/chat/presence", Map.of("presence", "offline"));
            assertThat(conversation(chat).get("state").asString()).isEqualTo("queued");
            Agent next = onlineAgent(team, 2);

            assertThat(assignedAgent(chat)).isEqualTo(next.id());
        }

        @Test
        void aChatCanBeTransferredToAnotherAgentWithANote() {
            long team = team();
            Agent first = onlineAgent(team, 2);
            long chat = startChat(visitor(widget(team)), "billing question");
            assertThat(assignedAgent(chat)).isEqualTo(first.id());
            Agent billing = onlineAgent(team(), 2);

            Api.Response moved = first.api()
                    .post(
                            "/api/v1/chat/conversations/" + chat + "/transfer",
                            Map.of("agentId", billing.id(), "note", "Needs a refund"));

            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.json().get("agent").get("id").asLong()).isEqualTo(billing.id());
            long ticketId = moved.json().get("ticketId").asLong();
            assertThat(admin.get("/api/v1/tickets/" + ticketId)
                            .json()
                            .get("assigneeId")
                            .asLong())
                    .isEqualTo(billing.id());
            assertThat(admin.get("/api/v1/tickets/" + ticketId + "/messages?limit=50")
                            .raw()
                            .body())
                    .contains("Chat transferred to")
                    .contains("Needs a refund");
        }

        @Test
        void aChatTransferredToATeamWaitsInThatTeamsQueue() {
            long team = team();
            Agent first = onlineAgent(team, 2);
            long chat = startChat(visitor(widget(team)), "technical question");
            assignedAgent(chat);
            long specialists = team();

            Api.Response moved =
                    first.api().post("/api/v1/chat/conversations/" + chat + "/transfer", Map.of("teamId", specialists));

            assertThat(moved.json().get("state").asString()).isEqualTo("queued");
            Agent specialist = onlineAgent(specialists, 1);
            assertThat(assignedAgent(chat)).isEqualTo(specialist.id());
        }
    }

    @Nested
    class OverWebSocket {

        @Test
        void aVisitorsLineReachesTheConversationTopicOnceStored() throws Exception {
            Visitor visitor = visitor(widget(team()));
            long chat = startChat(visitor, "hello");
            try (Stomp stomp = Stomp.visitor(port, visitor.token())) {
                stomp.subscribe("/topic/chat.conversation." + chat);
                Thread.sleep(200);

                stomp.send(
                        "/app/visitor.message",
                        Map.of("conversationId", chat, "clientMessageId", "ws-1", "text", "over the socket"));

                JsonNode line = stomp.next("message");
                assertThat(line.get("clientMessageId").asString()).isEqualTo("ws-1");
                assertThat(line.get("seq").asLong()).isEqualTo(2);
                assertThat(visitor.api()
                                .get("/chat/api/conversations/" + chat + "/messages?after=1")
                                .json()
                                .get(0)
                                .get("text")
                                .asString())
                        .isEqualTo("over the socket");
            }
        }

        @Test
        void anAgentsReplyReachesTheVisitorsSocket() throws Exception {
            long team = team();
            Agent agent = onlineAgent(team, 2);
            Visitor visitor = visitor(widget(team));
            long chat = startChat(visitor, "hello");
            assignedAgent(chat);
            try (Stomp stomp = Stomp.visitor(port, visitor.token())) {
                stomp.subscribe("/topic/chat.conversation." + chat);
                stomp.awaitSubscribed(chat);

                agent.api()
                        .post(
                                "/api/v1/chat/conversations/" + chat + "/messages",
                                Map.of("clientMessageId", "a-1", "text", "Hi, I am here"));

                JsonNode line = stomp.next("message");
                while (!line.get("author").get("type").asString().equals("agent")) {
                    line = stomp.next("message"); // "… joined the chat" may come first
                }
                assertThat(line.get("text").asString()).isEqualTo("Hi, I am here");
            }
        }

        @Test
        void aVisitorWhoTriesToListenToAnotherVisitorsConversationIsCutOffAndHearsNothing() throws Exception {
            String key = widget(team());
            Visitor owner = visitor(key);
            long theirs = startChat(owner, "private matter");
            Visitor snoop = visitor(key);
            try (Stomp stomp = Stomp.visitor(port, snoop.token())) {
                stomp.subscribe("/topic/chat.conversation." + theirs);

                await().atMost(Duration.ofSeconds(5)).until(() -> !stomp.connected());
                say(owner, theirs, "p-1", "my card number is ...");
                assertThat(stomp.received.poll(500, TimeUnit.MILLISECONDS)).isNull();
            }
        }

        @Test
        void typingDoesNotUseUpAVisitorsAllowanceOfLinesButTooManyLinesAreRefusedWithAReason() throws Exception {
            Visitor visitor = visitor(widget(team()));
            long chat = startChat(visitor, "hello");
            try (Stomp stomp = Stomp.visitor(port, visitor.token())) {
                stomp.subscribe("/topic/chat.conversation." + chat);
                stomp.subscribe("/user/queue/chat.errors");
                Thread.sleep(200);
                for (int i = 0; i < 30; i++) {
                    stomp.send("/app/visitor.typing", Map.of("conversationId", chat, "typing", true));
                }

                stomp.send(
                        "/app/visitor.message",
                        Map.of("conversationId", chat, "clientMessageId", "after-typing", "text", "still here"));
                JsonNode line = stomp.next("message");
                while (!"after-typing".equals(line.get("clientMessageId").asString())) {
                    line = stomp.next("message");
                }
                for (int i = 0; i < 25; i++) {
                    stomp.send(
                            "/app/visitor.message",
                            Map.of("conversationId", chat, "clientMessageId", "flood-" + i, "text", "flood " + i));
                }

                JsonNode refused = stomp.next("about:blank");
                assertThat(refused.get("status").asInt()).isEqualTo(429);
                assertThat(refused.get("code").asString()).isEqualTo("rate_limited");
                assertThat(refused.get("clientMessageId").asString()).startsWith("flood-");
            }
        }

        @Test
        void aSocketWithoutAValidVisitorTokenIsRefused() {
            assertThatThrownBy(() -> Stomp.visitor(port, "v1.forged.1.9999999999.signature"))
                    .isInstanceOf(Exception.class);
        }
    }

    @Nested
    class Security {

        @Test
        void aVisitorReadsOnlyTheirOwnConversation() {
            String key = widget(team());
            long theirs = startChat(visitor(key), "my address is ...");
            Visitor other = visitor(key);

            assertThat(other.api()
                            .get("/chat/api/conversations/" + theirs + "/messages")
                            .status())
                    .isEqualTo(404);
            assertThat(say(other, theirs, "x-1", "hijack").status()).isEqualTo(404);
            Api.Response noToken = anonymous.get("/chat/api/conversations/" + theirs + "/messages");
            assertThat(noToken.status()).isEqualTo(401);
            assertThat(noToken.contentType()).startsWith("application/problem+json");
        }

        @Test
        void aVisitorIsSlowedDownAfterTwentyLinesAMinute() {
            Visitor visitor = visitor(widget(team()));
            long chat = startChat(visitor, "spam incoming");

            int status = 0;
            for (int i = 0; i < 25 && status != 429; i++) {
                status = say(visitor, chat, "s-" + i, "line " + i).status();
            }

            assertThat(status).isEqualTo(429);
        }

        @Test
        void onlyAllowedTypesAndSizesOfFilesCanBeSent() throws Exception {
            Visitor visitor = visitor(widget(team()));
            long chat = startChat(visitor, "here is a file");

            HttpResponse<String> script = upload(visitor, chat, "evil.html", "text/html", "<script>1</script>");
            HttpResponse<String> text = upload(visitor, chat, "note.txt", "text/plain", "hello file");

            assertThat(script.statusCode()).isEqualTo(422);
            assertThat(text.statusCode()).isEqualTo(200);
            JsonNode line = JSON.readTree(text.body());
            String url = line.get("attachments").get(0).get("url").asString();
            HttpResponse<String> download = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + url + "?t=" + visitor.token()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(download.body()).isEqualTo("hello file");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            HttpResponse<String> stranger = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + url + "?t="
                                            + visitor(widget(team())).token()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(stranger.statusCode()).isEqualTo(404);
        }

        @Test
        void onlyAdminsManageWidgetsAndOriginsMustBeOrigins() {
            Api agent = agent("agent");
            assertThat(agent.get("/api/v1/chat/widgets").status()).isEqualTo(403);

            Api.Response bad = admin.post(
                    "/api/v1/chat/widgets",
                    Map.of("name", "Bad", "allowedOrigins", List.of("https://shop.example/path")));

            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.raw().body()).contains("allowedOrigins[0]");
        }

        @Test
        void theFrameMayBeEmbeddedOnlyByTheWidgetsOrigins() throws Exception {
            String key = widget(team(), "https://shop.example.com");

            HttpResponse<String> frame = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/chat/frame/" + key))
                                    .header("Accept-Language", "de")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(frame.statusCode()).isEqualTo(200);
            assertThat(frame.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'self' https://shop.example.com");
            assertThat(frame.headers().firstValue("X-Frame-Options")).isEmpty();
            assertThat(frame.body()).contains("Chat starten");
        }

        @Test
        void aSignedIdentityLinksEveryChatOfThatCustomerAndAWrongOneIsRefused() throws Exception {
            long team = team();
            Api.Response created = admin.post(
                    "/api/v1/chat/widgets",
                    Map.of("name", "Signed shop", "teamId", team, "identitySecret", "site-secret-123"));
            String key = created.json().get("key").asString();
            String email = email("signed");
            String signature = hmac("site-secret-123", email.toLowerCase());

            Api.Response wrong = anonymous.post(
                    "/chat/api/visitors",
                    Map.of("widget", key, "identity", Map.of("email", email, "signature", hmac("guess", email))));
            Api.Response laptop = anonymous.post(
                    "/chat/api/visitors",
                    Map.of("widget", key, "identity", Map.of("email", email, "signature", signature)));
            Visitor onLaptop = new Visitor(
                    laptop.json().get("token").asString(),
                    anonymous.withHeader(
                            "X-Visitor-Token", laptop.json().get("token").asString()));
            long chat = start(onLaptop, email, "from my laptop", null).id();
            Api.Response phone = anonymous.post(
                    "/chat/api/visitors",
                    Map.of("widget", key, "identity", Map.of("email", email, "signature", signature)));

            assertThat(wrong.status()).isEqualTo(422);
            assertThat(phone.json().get("verified").asBoolean()).isTrue();
            assertThat(anonymous
                            .withHeader(
                                    "X-Visitor-Token", phone.json().get("token").asString())
                            .get("/chat/api/conversations")
                            .json()
                            .get(0)
                            .get("id")
                            .asLong())
                    .isEqualTo(chat);
        }

        private String hmac(String secret, String value) throws Exception {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }

        private HttpResponse<String> upload(Visitor visitor, long chat, String name, String type, String content)
                throws Exception {
            String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"clientMessageId\"\r\n\r\nf-" + UUID.randomUUID()
                    + "\r\n--" + boundary + "--\r\n";
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + port + "/chat/api/conversations/" + chat + "/files"))
                                    .header("X-Visitor-Token", visitor.token())
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        }
    }
}
