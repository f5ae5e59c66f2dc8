package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.ChatService;
import io.frontline.identity.AgentPrincipal;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * What visitors and agents send over STOMP. Runs on virtual threads (the inbound channel's executor), never on the
 * broker's; every send is stored through {@link ChatService} before anything is broadcast. A failed send comes back
 * to the sender alone on {@code /user/queue/chat.errors} as a problem document with the {@code clientMessageId}.
 */
@Controller
class ChatMessaging {

    /** A line: {@code text} and the sender's own id for it. */
    record Line(long conversationId, String clientMessageId, String text, Boolean internal) {}

    record Typing(long conversationId, Boolean typing) {}

    record Read(long conversationId, long seq) {}

    private final ChatService chats;
    private final ChatRateLimits limits;

    ChatMessaging(ChatService chats, ChatRateLimits limits) {
        this.chats = chats;
        this.limits = limits;
    }

    @MessageMapping("visitor.message")
    void visitorMessage(@Payload Line line, Principal user) {
        if (!limits.visitorMayPost(visitor(user).visitorId())) {
            throw new ConflictException("rate_limited", "Too many messages in a short time; wait a moment.");
        }
        chats.postFromVisitor(visitor(user), line.conversationId(), line.clientMessageId(), line.text(), null);
    }

    @MessageMapping("visitor.typing")
    void visitorTyping(@Payload Typing typing, Principal user) {
        chats.visitorTyping(visitor(user), typing.conversationId(), Boolean.TRUE.equals(typing.typing()));
    }

    @MessageMapping("visitor.read")
    void visitorRead(@Payload Read read, Principal user) {
        chats.visitorRead(visitor(user), read.conversationId(), read.seq());
    }

    @MessageMapping("agent.message")
    void agentMessage(@Payload Line line, Principal user) {
        chats.postFromAgent(
                agent(user),
                line.conversationId(),
                line.clientMessageId(),
                line.text(),
                Boolean.TRUE.equals(line.internal()),
                null);
    }

    @MessageMapping("agent.typing")
    void agentTyping(@Payload Typing typing, Principal user) {
        chats.agentTyping(agent(user), typing.conversationId(), Boolean.TRUE.equals(typing.typing()));
    }

    @MessageMapping("agent.read")
    void agentRead(@Payload Read read, Principal user) {
        chats.agentRead(agent(user), read.conversationId(), read.seq());
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/chat.errors", broadcast = false)
    Map<String, Object> failed(Exception e, Message<?> message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        if (message.getPayload() instanceof byte[] body) {
            try {
                Object clientId =
                        Json.readMap(new String(body, StandardCharsets.UTF_8)).get("clientMessageId");
                if (clientId instanceof String id) {
                    problem.put("clientMessageId", id);
                }
            } catch (RuntimeException ignored) {
                // not JSON: the problem says so below
            }
        }
        if (e instanceof InvalidInputException invalid) {
            problem.put("status", 422);
            problem.put("code", invalid.code());
            problem.put("detail", invalid.getMessage());
            problem.put(
                    "errors",
                    invalid.violations().stream()
                            .map(v -> Map.of("field", v.field(), "message", v.message()))
                            .toList());
        } else if (e instanceof FrontlineException known) {
            problem.put(
                    "status",
                    known instanceof io.frontline.kernel.NotFoundException
                            ? 404
                            : "rate_limited".equals(known.code()) ? 429 : 409);
            problem.put("code", known.code());
            problem.put("detail", known.getMessage());
        } else {
            problem.put("status", 400);
            problem.put("code", "bad_message");
            problem.put("detail", "The message could not be processed.");
        }
        return problem;
    }

    private static io.frontline.channels.chat.ChatVisitor visitor(Principal user) {
        if (user instanceof VisitorPrincipal v) {
            return v.visitor();
        }
        throw new InvalidInputException("visitor-token", "not a visitor session");
    }

    private static AgentPrincipal agent(Principal user) {
        if (user instanceof Authentication auth && auth.getPrincipal() instanceof AgentPrincipal agent) {
            return agent;
        }
        throw new InvalidInputException("session", "not an agent session");
    }
}
