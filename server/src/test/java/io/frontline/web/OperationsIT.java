package io.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import org.junit.jupiter.api.Test;

class OperationsIT extends ApiTest {

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
