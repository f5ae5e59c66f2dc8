package io.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;

class OperationsIT extends ApiTest {

    @Autowired
    @Qualifier("taskScheduler")
    TaskScheduler scheduler;

    @Test
    void aLongScheduledJobDoesNotHoldBackTheOthers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(2);
        ScheduledFuture<?> slow = scheduler.scheduleWithFixedDelay(
                () -> {
                    started.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                Duration.ofMillis(10));
        try {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            ScheduledFuture<?> quick = scheduler.scheduleWithFixedDelay(otherRan::countDown, Duration.ofMillis(10));
            try {
                assertThat(otherRan.await(10, TimeUnit.SECONDS))
                        .as("a fixed-delay job ran while another one was still busy")
                        .isTrue();
            } finally {
                quick.cancel(false);
            }
        } finally {
            release.countDown();
            slow.cancel(false);
        }
    }

    @Test
    void reportsLivenessAndReadinessWithoutSignIn() {
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void servesPrometheusMetricsToAdminsOnly() {
        assertThat(anonymous.get("/actuator/prometheus").status()).isIn(302, 401);
        Api.Response metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void publishesTheOpenApiDescriptionAndSwaggerUi() {
        Api.Response docs = anonymous.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/tickets")).isTrue();
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void servesTheSignInPageAndRedirectsTheBrowserThere() {
        Api.Response page = anonymous.get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("Sign in to Frontline", "_csrf");
        assertThat(anonymous.get("/").status()).isEqualTo(302);
    }
}
