package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/**
 * The queue page of the workspace, 50 rows with the navigation's views (their badge counts follow in a fragment the
 * page fetches once loaded: {@link NavCountsWorkload}): "my open tickets" ({@code /views/mine}) or "unassigned in my
 * teams" ({@code /views/unassigned}), half each.
 */
public class QueuePageWorkload extends PageWorkload {

    @Override
    String name() {
        return "queue page";
    }

    @Override
    Map<String, Object> nextValues() {
        return Map.of("cookie", anySession(), "view", random.nextBoolean() ? "mine" : "unassigned");
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .get("/views/#{view}")
                .header("Cookie", "#{cookie}")
                .check(status().is(200), substring("</html>")));
    }
}
