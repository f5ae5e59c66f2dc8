package io.frontline.channels.chat.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code frontline.chat.*}: limits and timings of the live-chat channel. */
@ConfigurationProperties("frontline.chat")
public record ChatProperties(
        @DefaultValue("30d") Duration visitorTokenLifetime,
        @DefaultValue("30s") Duration disconnectGrace,
        @DefaultValue("10MB") DataSize maxUpload,

        @DefaultValue({"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain"})
        List<String> uploadTypes,

        @DefaultValue("2000") int maxMessageLength,
        @DefaultValue("20") int visitorMessagesPerMinute,
        @DefaultValue("120") int ipRequestsPerMinute,
        @DefaultValue("5s") Duration routingInterval) {}
