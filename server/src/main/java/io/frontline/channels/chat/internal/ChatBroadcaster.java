package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.ChatMessageView;
import io.frontline.channels.chat.ConversationView;
import io.frontline.kernel.AfterCommit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends chat events to the broker once the change behind them is committed, so nobody ever sees a line that a rollback
 * took back. Destinations follow RabbitMQ's STOMP naming so that a relay can carry them unchanged.
 */
@Component
public class ChatBroadcaster {

    public static final String CONVERSATION = "/topic/chat.conversation.";
    public static final String INTERNAL = "/topic/chat.internal.";
    public static final String QUEUE = "/topic/chat.queue";
    public static final String AGENT_QUEUE = "/queue/chat";

    private final SimpMessagingTemplate broker;

    ChatBroadcaster(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    public void message(ChatMessageView message) {
        afterCommit(() -> broker.convertAndSend(
                (message.internal() ? INTERNAL : CONVERSATION) + message.conversationId(), message));
    }

    /** A conversation's state changed: the visitor and its agent see the new state, the queue watchers a refresh. */
    public void state(ConversationView conversation) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "state");
        event.put("conversation", conversation);
        afterCommit(() -> {
            broker.convertAndSend(CONVERSATION + conversation.id(), (Object) event);
            broker.convertAndSend(QUEUE, (Object) event);
        });
    }

    /** Tells one agent's consoles (by sign-in name) that their list of chats changed. */
    public void toAgent(String username, String kind, ConversationView conversation) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", kind);
        event.put("conversation", conversation);
        afterCommit(() -> broker.convertAndSendToUser(username, AGENT_QUEUE, (Object) event));
    }

    /** Typing and read receipts are not stored; they go straight out. */
    public void ephemeral(long conversationId, Map<String, Object> event) {
        broker.convertAndSend(CONVERSATION + conversationId, (Object) event);
    }

    static void afterCommit(Runnable action) {
        AfterCommit.run(action);
    }
}
