package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/** The two busiest queues, 50 rows sorted newest first: "assigned to me, open" and "unassigned in my team". */
public class QueueViewWorkload extends Workload {

    @Override
    String name() {
        return "queue view";
    }

    @Override
    Map<String, Object> nextValues() {
        String query = random.nextBoolean() || settings.teamIds().isEmpty()
                ? "assigneeId=me&status=open&limit=50"
                : "teamId="
                        + settings.teamIds()
                                .get(random.nextInt(settings.teamIds().size()))
                        + "&assigneeId=none&status=new,open&limit=50";
        return Map.of("token", anyToken(), "query", query);
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .get("/api/v1/tickets?#{query}")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200)));
    }
}
