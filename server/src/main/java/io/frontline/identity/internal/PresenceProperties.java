package io.frontline.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.presence.*}: the capacities of an agent who has not set their own.
 *
 * @param defaultTicketCapacity new or open tickets routing gives an agent at most
 * @param defaultChatCapacity chats an agent takes at once
 */
@ConfigurationProperties("frontline.presence")
record PresenceProperties(
        @DefaultValue("10") int defaultTicketCapacity,
        @DefaultValue("3") int defaultChatCapacity) {}
