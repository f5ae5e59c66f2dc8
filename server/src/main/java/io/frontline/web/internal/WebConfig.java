package io.frontline.web.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class WebConfig {

    /** Before security: an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ApiProperties properties, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxBodySize().toBytes(), new ProblemWriter(json)));
        registration.setOrder(-200);
        return registration;
    }

    /** After Spring Security's chain (order -100), so that the agent is known and keys are scoped per agent. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyStore store, ApiProperties properties, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(
                store, new ProblemWriter(json), properties.maxBodySize().toBytes()));
        registration.setOrder(0);
        return registration;
    }
}
