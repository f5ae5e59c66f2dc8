package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An open-loop workload: virtual users arrive at a fixed rate whatever the server's latency, and each performs one
 * operation, so slow responses raise the latency figures instead of silently lowering the offered load.
 */
abstract class Workload extends Simulation {

    protected final WorkloadSettings settings = WorkloadSettings.fromSystemProperties();
    protected final SplittableRandom random = new SplittableRandom(42);

    protected Workload() {
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .shareConnections();
        protocol = protocol(protocol);
        ScenarioBuilder scenario = io.gatling.javaapi.core.CoreDsl.scenario(name())
                .feed(feeder(this::nextValues))
                .exec(operation());
        setUp(scenario.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration())))
                .protocols(protocol);
    }

    /** The operation's name in the report. */
    abstract String name();

    /** The values one operation needs (token, ids, bodies); called once per virtual user. */
    abstract Map<String, Object> nextValues();

    /** The requests of one operation. */
    abstract ChainBuilder operation();

    /** The HTTP settings, for workloads that need more than the JSON defaults. */
    HttpProtocolBuilder protocol(HttpProtocolBuilder defaults) {
        return defaults;
    }

    protected String anyToken() {
        return settings.tokens().get(random.nextInt(settings.tokens().size()));
    }

    protected long anyTicket() {
        return settings.ticketIds().get(random.nextInt(settings.ticketIds().size()));
    }

    private static Iterator<Map<String, Object>> feeder(Supplier<Map<String, Object>> values) {
        return Stream.generate(values).iterator();
    }
}
