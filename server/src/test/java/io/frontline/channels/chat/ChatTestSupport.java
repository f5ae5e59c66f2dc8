package io.frontline.channels.chat;

import static org.awaitility.Awaitility.await;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fixtures for chat tests: a team of its own per test (so that agents left online by other tests never take its
 * chats), online agents, a widget, visitors with their tokens, and a STOMP client that records what arrives.
 */
abstract class ChatTestSupport extends ApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Agent(long id, Api api) {}

    record Visitor(String token, Api api) {}

    protected long team() {
        return admin.post("/api/v1/teams", Map.of("name", "Chat team " + UUID.randomUUID()))
                .id();
    }

    /** An agent of the team, online for chats with the given capacity. */
    protected Agent onlineAgent(long team, int capacity, String... languages) {
        Agent agent = agentOf(team, languages);
        Api.Response presence =
                agent.api().put("/api/v1/chat/presence", Map.of("presence", "online", "capacity", capacity));
        if (presence.status() != 200) {
            throw new IllegalStateException("could not go online: " + presence);
        }
        return agent;
    }

    protected Agent agentOf(long team, String... languages) {
        String email = email("chat-agent");
        String password = "password-" + UUID.randomUUID();
        Api.Response created = admin.post(
                "/api/v1/agents",
                Map.of(
                        "name",
                        "Agent " + email.substring(11, 19),
                        "email",
                        email,
                        "password",
                        password,
                        "role",
                        "agent",
                        "teamIds",
                        List.of(team),
                        "skills",
                        List.of(languages).stream()
                                .map(l -> Map.of("kind", "language", "value", l))
                                .toList()));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create agent: " + created);
        }
        return new Agent(created.id(), anonymous.signIn(email, password));
    }

    protected String widget(long team, String... origins) {
        Api.Response created = admin.post(
                "/api/v1/chat/widgets",
                Map.of("name", "Shop " + UUID.randomUUID(), "teamId", team, "allowedOrigins", List.of(origins)));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create widget: " + created);
        }
        return created.json().get("key").asString();
    }

    protected Visitor visitor(String widgetKey) {
        String token = anonymous
                .post("/chat/api/visitors", Map.of("widget", widgetKey))
                .json()
                .get("token")
                .asString();
        return new Visitor(token, anonymous.withHeader("X-Visitor-Token", token));
    }

    protected Api.Response start(Visitor visitor, String email, String text, String language) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", "Vera Visitor");
        body.put("email", email);
        body.put("text", text);
        body.put("clientMessageId", "c-" + UUID.randomUUID());
        if (language != null) {
            body.put("language", language);
        }
        return visitor.api().post("/chat/api/conversations", body);
    }

    protected long startChat(Visitor visitor, String text) {
        Api.Response started = start(visitor, email("visitor"), text, null);
        if (started.status() != 201) {
            throw new IllegalStateException("could not start chat: " + started);
        }
        return started.id();
    }

    protected JsonNode conversation(long id) {
        return admin.get("/api/v1/chat/conversations/" + id).json();
    }

    /** Waits until routing has given the chat to an agent (or until it is clearly not going to). */
    protected long assignedAgent(long conversationId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        conversation(conversationId).get("state").asString().equals("active"));
        return conversation(conversationId).get("agent").get("id").asLong();
    }

    protected Api.Response say(Visitor visitor, long conversationId, String clientId, String text) {
        return visitor.api()
                .post(
                        "/chat/api/conversations/" + conversationId + "/messages",
                        Map.of("clientMessageId", clientId, "text", text));
    }

    /** Passes JSON and text frames through as bytes; the tests parse them themselves. */
    static final class JsonBytes extends AbstractMessageConverter {

        JsonBytes() {
            super(List.of(MimeTypeUtils.APPLICATION_JSON, MimeTypeUtils.TEXT_PLAIN));
        }

        @Override
        protected boolean supports(Class<?> type) {
            return type == byte[].class;
        }

        @Override
        protected Object convertFromInternal(Message<?> message, Class<?> target, Object hint) {
            return message.getPayload();
        }

        @Override
        protected Object convertToInternal(Object payload, MessageHeaders headers, Object hint) {
            return payload;
        }
    }

    /** A STOMP session over a real WebSocket, recording every frame of its subscriptions as JSON. */
    static final class Stomp implements AutoCloseable {

        final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        final BlockingQueue<String> errors;
        private final StompSession session;
        private final WebSocketStompClient client;

        private Stomp(WebSocketStompClient client, StompSession session, BlockingQueue<String> errors) {
            this.client = client;
            this.session = session;
            this.errors = errors;
        }

        static Stomp visitor(int port, String token) throws Exception {
            WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
            client.setMessageConverter(new JsonBytes());
            StompHeaders connect = new StompHeaders();
            connect.add("visitor-token", token);
            BlockingQueue<String> errors = new LinkedBlockingQueue<>();
            StompSession session = client.connectAsync(
                            "ws://localhost:" + port + "/chat/ws",
                            new WebSocketHttpHeaders(),
                            connect,
                            new StompSessionHandlerAdapter() {
                                @Override
                                public Type getPayloadType(StompHeaders headers) {
                                    return byte[].class;
                                }

                                @Override
                                public void handleFrame(StompHeaders headers, Object payload) {
                                    errors.add(String.valueOf(headers.getFirst("message")));
                                }

                                @Override
                                public void handleException(
                                        StompSession s, StompCommand c, StompHeaders h, byte[] p, Throwable e) {
                                    errors.add("exception: " + e.getMessage());
                                }

                                @Override
                                public void handleTransportError(StompSession s, Throwable e) {
                                    errors.add("transport: " + e.getMessage());
                                }
                            })
                    .get(10, TimeUnit.SECONDS);
            return new Stomp(client, session, errors);
        }

        void subscribe(String destination) {
            session.subscribe(destination, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    received.add(JSON.readTree((byte[]) payload));
                }
            });
        }

        void send(String destination, Map<String, Object> body) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
            session.send(headers, JSON.writeValueAsBytes(body));
        }

        /**
         * Returns once this session's subscription to the conversation is live: a line sent on the same session
         * (frames of one session are handled in order) has come back.
         */
        void awaitSubscribed(long conversationId) throws InterruptedException {
            String probe = "probe-" + UUID.randomUUID();
            send(
                    "/app/visitor.message",
                    Map.of("conversationId", conversationId, "clientMessageId", probe, "text", "(checking the line)"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                JsonNode frame = received.poll(100, TimeUnit.MILLISECONDS);
                if (frame != null && probe.equals(frame.path("clientMessageId").asString())) {
                    return;
                }
            }
            throw new AssertionError("the subscription never delivered");
        }

        /** The next recorded frame of the given type within ten seconds. */
        JsonNode next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                JsonNode frame = received.poll(100, TimeUnit.MILLISECONDS);
                if (frame != null && type.equals(frame.path("type").asString())) {
                    return frame;
                }
            }
            throw new AssertionError("no " + type + " frame arrived");
        }

        boolean connected() {
            return session.isConnected();
        }

        @Override
        public void close() {
            if (session.isConnected()) {
                session.disconnect();
            }
            client.stop();
        }
    }
}
