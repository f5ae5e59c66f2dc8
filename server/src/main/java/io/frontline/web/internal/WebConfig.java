package io.frontline.web.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class WebConfig {

    /** First of all: a request the server has no capacity for is refused before any work is done for it. */
    @Bean
    FilterRegistrationBean<LoadShedFilter> loadShedFilter(
            ApiProperties properties, JsonMapper json, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new LoadShedFilter(
                properties.maxConcurrentRequests(),
                properties.queueTimeout().toMillis(),
                new ProblemWriter(json),
                meters));
        registration.setOrder(-300);
        return registration;
    }

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
