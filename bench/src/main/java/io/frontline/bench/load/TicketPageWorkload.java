package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/**
 * The ticket page of the workspace ({@code /tickets/{id}}): conversation (latest 50 messages), requester, their other
 * tickets, properties and the navigation with its badge counts.
 */
public class TicketPageWorkload extends PageWorkload {

    @Override
    String name() {
        return "ticket page";
    }

    @Override
    Map<String, Object> nextValues() {
        return Map.of("cookie", anySession(), "ticketId", anyTicket());
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .get("/tickets/#{ticketId}")
                .header("Cookie", "#{cookie}")
                .check(status().is(200), substring("</html>")));
    }
}
