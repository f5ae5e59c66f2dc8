package io.frontline.identity;

import java.util.Collection;
import java.util.Map;

/**
 * What agents are working on in one channel, contributed by the module that owns it (tickets by automation, chats by
 * the chat channel), so that routing of each channel and the leads' load table see an agent's load across channels.
 */
public interface Workload {

    /** {@code tickets} or {@code chats}. */
    String kind();

    /** Open items per agent; agents without any may be missing from the map. */
    Map<Long, Integer> open(Collection<Long> agentIds);
}
