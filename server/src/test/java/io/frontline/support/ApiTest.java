package io.frontline.support;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the API integration tests: the whole application on a random port against H2 or PostgreSQL (see
 * {@link TestDatabase}), one shared context for all test classes, and an admin client signed in with a real token.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "frontline.admin.email=" + ApiTest.ADMIN_EMAIL,
            "frontline.admin.password=" + ApiTest.ADMIN_PASSWORD,
            "frontline.demo.mode=off",
            "frontline.api.max-body-size=200KB",
            "frontline.attachments.max-size=100KB",
            "frontline.email.max-message-size=1MB",
            "frontline.email.retry-delay=200ms",
            "frontline.chat.ip-requests-per-minute=100000"
        })
@Import(TestDatabase.CleanSchema.class)
public abstract class ApiTest {

    public static final String ADMIN_EMAIL = "admin@frontline.test";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @LocalServerPort
    protected int port;

    protected Api anonymous;
    protected Api admin;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void signInAdmin() {
        anonymous = Api.at(port);
        admin = anonymous.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A unique email, so that tests never collide on the shared database. */
    protected static String email(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** URL-encodes a query parameter value ({@code +} in an email must not become a space). */
    protected static String q(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Creates an agent with the given role and returns a client signed in as that agent. */
    protected Api agent(String role) {
        String email = email(role);
        String password = "password-" + UUID.randomUUID();
        Api.Response created = admin.post(
                "/api/v1/agents", Map.of("name", "Test " + role, "email", email, "password", password, "role", role));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create agent: " + created);
        }
        return anonymous.signIn(email, password);
    }

    /** Opens a ticket for a new customer and returns the response. */
    protected Api.Response openTicket(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("subject", "Printer is on fire");
        body.put("requester", Map.of("email", email("customer"), "name", "Casey Customer"));
        body.put("message", Map.of("body", "Smoke is coming out of the printer."));
        body.putAll(fields);
        Api.Response response = admin.post("/api/v1/tickets", body);
        if (response.status() != 201) {
            throw new IllegalStateException("could not open ticket: " + response);
        }
        return response;
    }
}
