package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.ChatService;
import io.frontline.channels.chat.ChatVisitor;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * STOMP over plain WebSocket: visitors at {@code /chat/ws} from any page (their token is the credential, checked on
 * CONNECT), agents at {@code /ws/agent} from Frontline's own pages only (their session is the credential). Every
 * SUBSCRIBE and SEND is checked against who the session belongs to.
 */
@Configuration
@EnableWebSocketMessageBroker
class ChatWebSocketConfig implements WebSocketMessageBrokerConfigurer {

    static final String KIND = "frontline.chat.kind";

    private final VisitorTokens tokens;
    private final ChatService chats;
    private final ChatSockets sockets;
    private final ChatRateLimits limits;

    ChatWebSocketConfig(
            VisitorTokens tokens, @Lazy ChatService chats, @Lazy ChatSockets sockets, ChatRateLimits limits) {
        this.tokens = tokens;
        this.chats = chats;
        this.sockets = sockets;
        this.limits = limits;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/chat/ws").setAllowedOriginPatterns("*").addInterceptors(kind("visitor"));
        registry.addEndpoint("/ws/agent").addInterceptors(kind("agent"));
        registry.setPreserveReceiveOrder(true);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("chat-heartbeat-");
        heartbeats.initialize();
        registry.setApplicationDestinationPrefixes("/app");
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {25_000, 25_000})
                .setTaskScheduler(heartbeats);
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration
                .setMessageSizeLimit(64 * 1024)
                .setSendBufferSizeLimit(512 * 1024)
                .setSendTimeLimit(10_000)
                .addDecoratorFactory(handler -> new WebSocketHandlerDecorator(handler) {
                    @Override
                    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                        sockets.opened(session);
                        super.afterConnectionEstablished(session);
                    }

                    @Override
                    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                        sockets.closed(session);
                        super.afterConnectionClosed(session, status);
                    }
                });
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        // what clients send is stored in the database before it is broadcast: virtual threads, so that a slow
        // commit never holds a platform thread (receive order per session is kept by setPreserveReceiveOrder)
        registration.executor(new VirtualThreadTaskExecutor("chat-inbound-"));
        registration.interceptors(new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                if (accessor == null || accessor.getCommand() == null) {
                    return message;
                }
                Map<String, Object> attributes = accessor.getSessionAttributes();
                boolean visitor = attributes != null && "visitor".equals(attributes.get(KIND));
                return visitor ? checkVisitor(message, accessor) : checkAgent(message, accessor);
            }
        });
    }

    private Message<?> checkVisitor(Message<?> message, StompHeaderAccessor accessor) {
        StompCommand command = accessor.getCommand();
        if (command == StompCommand.CONNECT) {
            Optional<ChatVisitor> visitor = tokens.verify(accessor.getFirstNativeHeader("visitor-token"));
            if (visitor.isEmpty()) {
                throw new MessageDeliveryException("a valid visitor-token header is required");
            }
            accessor.setUser(new VisitorPrincipal(visitor.get()));
            return message;
        }
        if (!(accessor.getUser() instanceof VisitorPrincipal principal)) {
            throw new MessageDeliveryException("not connected");
        }
        String destination = accessor.getDestination();
        switch (command) {
            case SUBSCRIBE -> {
                if (destination != null && destination.equals("/user/queue/chat.errors")) {
                    return message;
                }
                long id = conversationOf(destination, ChatBroadcaster.CONVERSATION);
                if (id < 0 || !chats.mayAccess(principal.visitor(), id)) {
                    sockets.close(accessor.getSessionId(), CloseStatus.POLICY_VIOLATION);
                    throw new MessageDeliveryException("this conversation is not yours");
                }
            }
            case SEND -> {
                if (destination == null || !destination.startsWith("/app/visitor.")) {
                    sockets.close(accessor.getSessionId(), CloseStatus.POLICY_VIOLATION);
                    throw new MessageDeliveryException("visitors may only send to /app/visitor.*");
                }
                // lines are limited where they are handled, so that the sender hears why; typing and read
                // receipts beyond their allowance are simply dropped
                if (!destination.equals("/app/visitor.message")
                        && !limits.visitorMaySignal(principal.visitor().visitorId())) {
                    return null;
                }
            }
            default -> {}
        }
        return message;
    }

    private Message<?> checkAgent(Message<?> message, StompHeaderAccessor accessor) {
        Principal user = accessor.getUser();
        if (ChatSockets.agentId(user).isEmpty()) {
            throw new MessageDeliveryException("sign in first");
        }
        String destination = accessor.getDestination();
        if (accessor.getCommand() == StompCommand.SEND
                && (destination == null || !destination.startsWith("/app/agent."))) {
            throw new MessageDeliveryException("agents send to /app/agent.*");
        }
        return message;
    }

    private static long conversationOf(String destination, String prefix) {
        if (destination == null || !destination.startsWith(prefix)) {
            return -1;
        }
        try {
            return Long.parseLong(destination.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static HandshakeInterceptor kind(String kind) {
        return new HandshakeInterceptor() {
            @Override
            public boolean beforeHandshake(
                    ServerHttpRequest request,
                    ServerHttpResponse response,
                    WebSocketHandler handler,
                    Map<String, Object> attributes) {
                attributes.put(KIND, kind);
                return true;
            }

            @Override
            public void afterHandshake(
                    ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception e) {}
        };
    }
}
