package io.frontline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server under test, as seen from the outside: its CPU time and memory from {@code /proc}, and when the runner
 * started it, how long it took to the first HTTP 200 and how much memory it holds when idle.
 */
final class ServerProcess {

    /** CPU seconds used so far and the peak resident set size. */
    record Usage(double cpuSeconds, double peakRssMb) {}

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final long pid;
    private final Process started;
    private final Double startupSeconds;
    private final Double idleRssMb;

    private ServerProcess(long pid, Process started, Double startupSeconds, Double idleRssMb) {
        this.pid = pid;
        this.started = started;
        this.startupSeconds = startupSeconds;
        this.idleRssMb = idleRssMb;
    }

    static ServerProcess attach(long pid, String baseUrl) throws IOException, InterruptedException {
        if (!Files.exists(Path.of("/proc/" + pid))) {
            throw new IllegalStateException("no process " + pid);
        }
        awaitReady(baseUrl, Duration.ofSeconds(5));
        return new ServerProcess(pid, null, null, null);
    }

    static ServerProcess start(Path jar, List<String> jvmArgs, List<String> args, String baseUrl)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        Path log = Files.createTempFile("frontline-server-", ".log");
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitReady(baseUrl, Duration.ofMinutes(3));
        } catch (IllegalStateException e) {
            process.destroy();
            throw new IllegalStateException("the server did not become ready; see " + log, e);
        }
        double startup = (System.nanoTime() - began) / 1e9;
        Thread.sleep(10_000);
        double idle = rssMb(process.pid(), "VmRSS");
        System.out.printf(
                "server pid %d ready after %.2f s, idle RSS %.0f MB, log %s%n", process.pid(), startup, idle, log);
        return new ServerProcess(process.pid(), process, startup, idle);
    }

    Usage usage() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return new Usage((double) ticks / CLOCK_TICKS_PER_SECOND, rssMb(pid, "VmHWM"));
    }

    Double startupSeconds() {
        return startupSeconds;
    }

    Double idleRssMb() {
        return idleRssMb;
    }

    long pid() {
        return pid;
    }

    void stopIfStarted() throws InterruptedException {
        if (started != null) {
            started.destroy();
            started.waitFor();
        }
    }

    private static double rssMb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException(field + " not found for process " + pid);
    }

    private static void awaitReady(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no HTTP 200 from " + baseUrl + " within " + timeout);
    }
}
