package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/** An agent's public reply on an open ticket. */
public class ReplyWorkload extends Workload {

    @Override
    String name() {
        return "reply";
    }

    @Override
    Map<String, Object> nextValues() {
        return Map.of(
                "token", anyToken(), "ticketId", anyTicket(), "body", "{\"body\":\"" + Texts.reply(random) + "\"}");
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .post("/api/v1/tickets/#{ticketId}/messages")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("#{body}"))
                .check(status().is(201)));
    }
}
