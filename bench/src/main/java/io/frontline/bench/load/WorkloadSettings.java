package io.frontline.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the runner hands to a Gatling simulation through system properties: where the server is, the arrival rate,
 * how long, the agents' tokens (and for pages their signed-in browser sessions) and the ids to work on. Simulations run
 * in their own process.
 */
record WorkloadSettings(
        String baseUrl,
        double rate,
        Duration duration,
        List<String> tokens,
        List<Long> ticketIds,
        List<Long> teamIds,
        List<String> emails,
        List<String> sessions) {

    static WorkloadSettings fromSystemProperties() {
        return new WorkloadSettings(
                System.getProperty("bench.baseUrl", "http://localhost:8080"),
                Double.parseDouble(System.getProperty("bench.rate", "100")),
                Duration.ofSeconds(Long.parseLong(System.getProperty("bench.durationSeconds", "60"))),
                lines(System.getProperty("bench.tokensFile")),
                lines(System.getProperty("bench.ticketIdsFile")).stream()
                        .map(Long::valueOf)
                        .toList(),
                lines(System.getProperty("bench.teamIdsFile")).stream()
                        .map(Long::valueOf)
                        .toList(),
                lines(System.getProperty("bench.emailsFile")),
                lines(System.getProperty("bench.sessionsFile")));
    }

    private static List<String> lines(String file) {
        if (file == null || !Files.exists(Path.of(file))) {
            return List.of();
        }
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
