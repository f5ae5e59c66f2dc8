package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/**
 * Ticket creation over REST: ticket, first message, history, customer look-up (one in five requesters is new).
 */
public class CreateTicketWorkload extends Workload {

    private long sequence;

    @Override
    String name() {
        return "create ticket";
    }

    @Override
    Map<String, Object> nextValues() {
        long n = sequence++;
        String email = random.nextInt(5) == 0
                ? "bench-new-" + System.nanoTime() + "-" + n + "@example.com"
                : "bench-returning-" + random.nextInt(5_000) + "@example.com";
        String body = "{\"subject\":\"" + Texts.subject(random) + "\",\"requester\":{\"email\":\"" + email
                + "\",\"name\":\"Bench Customer\"},\"channel\":\"email\",\"priority\":\"normal\",\"tags\":[\"bench\"],"
                + "\"message\":{\"body\":\"" + Texts.body(random) + "\"}}";
        return Map.of("token", anyToken(), "body", body);
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .post("/api/v1/tickets")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("#{body}"))
                .check(status().is(201)));
    }
}
