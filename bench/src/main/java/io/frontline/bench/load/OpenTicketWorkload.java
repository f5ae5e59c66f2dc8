package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/** Opening a ticket: the ticket and its latest messages, as the workspace does. */
public class OpenTicketWorkload extends Workload {

    @Override
    String name() {
        return "open ticket";
    }

    @Override
    Map<String, Object> nextValues() {
        return Map.of("token", anyToken(), "ticketId", anyTicket());
    }

    @Override
    ChainBuilder operation() {
        return group(name())
                .on(http("ticket")
                        .get("/api/v1/tickets/#{ticketId}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)))
                .exec(http("messages")
                        .get("/api/v1/tickets/#{ticketId}/messages?limit=50")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)));
    }
}
