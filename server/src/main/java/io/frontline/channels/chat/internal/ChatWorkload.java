package io.frontline.channels.chat.internal;

import io.frontline.identity.Workload;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Agents' open chats, for routing of every channel and the leads' load table. */
@Component
class ChatWorkload implements Workload {

    static final String KIND = "chats";

    private final ConversationStore store;

    ChatWorkload(ConversationStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<Long, Integer> open(Collection<Long> agentIds) {
        return store.countOpen(agentIds);
    }
}
