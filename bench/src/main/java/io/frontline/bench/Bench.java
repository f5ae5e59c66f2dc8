package io.frontline.bench;

import io.frontline.bench.report.Budgets;
import io.frontline.bench.report.GatlingStats;
import io.frontline.bench.report.Report;
import io.frontline.bench.report.RunResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one workload against a Frontline server and records the result: starts the server (or attaches to a running
 * one by pid), signs agents in, picks ticket ids spread over the dataset, runs the Gatling workload in its own process
 * at a fixed arrival rate, then reads the server's CPU time and peak RSS and writes a JSON result and the Markdown
 * report. See docs/performance.md for the commands.
 */
public final class Bench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Options options;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new Bench(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(options.results());
        double loadBefore = Machine.loadAverage();
        System.out.printf("load average before: %.2f%n", loadBefore);
        if (options.workload().equals("automation")) {
            runAutomation(loadBefore);
            return;
        }
        ServerProcess server = options.serverJar() != null
                ? ServerProcess.start(
                        options.serverJar(), options.serverJvmArgs(), options.serverArgs(), options.baseUrl())
                : ServerProcess.attach(options.pid(), options.baseUrl());
        try {
            if (options.workload().equals("startup")) {
                if (server.startupSeconds() == null) {
                    throw new IllegalArgumentException("--workload startup needs --server-jar, not --pid");
                }
                write(RunResult.startup(
                        options.db(),
                        options.dataset(),
                        server.startupSeconds(),
                        server.idleRssMb(),
                        Machine.describe(),
                        Machine.loadAverage(),
                        LocalDate.now().toString(),
                        String.join(" ", options.raw()),
                        loadBefore,
                        options.variant()));
                return;
            }
            if (options.workload().equals("chat")) {
                runChat(server, loadBefore);
                return;
            }
            String admin = issueToken(options.adminEmail(), options.adminPassword());
            Path work = prepare(admin);

            if (options.warmupSeconds() > 0) {
                System.out.printf("warm-up: %ds at the same rate, not measured%n", options.warmupSeconds());
                runGatling(work, options.warmupSeconds());
            }
            ServerProcess.Usage before = server.usage();
            String output = runGatling(work, options.durationSeconds());
            ServerProcess.Usage after = server.usage();

            GatlingStats stats = GatlingStats.parse(output);
            write(result(stats, before, after, server, loadBefore));
        } finally {
            server.stopIfStarted();
        }
    }

    private RunResult result(
            GatlingStats stats,
            ServerProcess.Usage before,
            ServerProcess.Usage after,
            ServerProcess server,
            double loadBefore) {
        return RunResult.of(
                options.workload(),
                options.workload().equals("open") ? 2 : 1,
                options.db(),
                options.dataset(),
                options.rate(),
                options.durationSeconds(),
                stats,
                after.cpuSeconds() - before.cpuSeconds(),
                after.peakRssMb(),
                server.startupSeconds(),
                server.idleRssMb(),
                Machine.describe(),
                Machine.loadAverage(),
                LocalDate.now().toString(),
                String.join(" ", options.raw()),
                loadBefore,
                options.variant());
    }

    /** Signs the agents in and writes what the workload process reads: tokens, sampled tickets, teams, emails. */
    private Path prepare(String admin) throws IOException, InterruptedException {
        // raw email intake is for admins (an MTA's token)
        List<String> tokens = options.workload().equals("email") ? List.of(admin) : agentTokens(admin);
        List<Long> tickets = sampleTickets(admin, options.workload().equals("reply") ? "&status=open" : "");
        List<Long> teams = new ArrayList<>();
        get(admin, "/api/v1/teams").forEach(t -> teams.add(t.get("id").asLong()));
        Path work = Files.createTempDirectory("frontline-bench-");
        Files.write(work.resolve("tokens.txt"), tokens);
        Files.write(
                work.resolve("tickets.txt"),
                tickets.stream().map(String::valueOf).toList());
        Files.write(
                work.resolve("teams.txt"), teams.stream().map(String::valueOf).toList());
        List<String> emails = new ArrayList<>();
        for (JsonNode customer : get(admin, "/api/v1/customers?limit=200").get("items")) {
            if (!customer.get("email").isNull()) {
                emails.add(customer.get("email").asString());
            }
        }
        Files.write(work.resolve("emails.txt"), emails);
        if (options.workload().startsWith("page-")) {
            Files.write(work.resolve("sessions.txt"), browserSessions());
        }
        System.out.printf(
                "%s at %.0f/s for %ds with %d agents, %d sampled tickets%n",
                options.workload(), options.rate(), options.durationSeconds(), tokens.size(), tickets.size());
        return work;
    }

    /**
     * The automation workload: ticket creation at the offered rate on the same dataset twice, each on its own server
     * start with the same settings but for the automation jobs. First without any rule, the jobs held off (intervals of
     * a day, so they run once soon after start and never in the measured window); then with the rule set of
     * {@link io.frontline.bench.load.AutomationRuleSet} created through the REST API and the SLA checker and time rules
     * every few seconds. The passes during the second measured window are read from the server's metrics.
     */
    private void runAutomation(double loadBefore) throws Exception {
        if (options.serverJar() == null) {
            throw new IllegalArgumentException("--workload automation starts the server twice: give --server-jar");
        }
        String slaInterval = serverArg("frontline.automation.sla-check-interval", "5s");
        String timeInterval = serverArg("frontline.automation.time-rules-interval", "10s");
        List<String> plain = options.serverArgs().stream()
                .filter(a -> !a.contains("frontline.automation.sla-check-interval")
                        && !a.contains("frontline.automation.time-rules-interval"))
                .toList();

        System.out.println("automation 1/2: ticket creation without rules");
        List<String> idle = new ArrayList<>(plain);
        idle.add("--frontline.automation.sla-check-interval=24h");
        idle.add("--frontline.automation.time-rules-interval=24h");
        RunResult baseline;
        ServerProcess server =
                ServerProcess.start(options.serverJar(), options.serverJvmArgs(), idle, options.baseUrl());
        try {
            String admin = issueToken(options.adminEmail(), options.adminPassword());
            int existing = get(admin, "/api/v1/sla-policies").size()
                    + get(admin, "/api/v1/triggers").size()
                    + get(admin, "/api/v1/time-rules").size();
            if (existing > 0) {
                throw new IllegalStateException("the database already has " + existing + " automation rules (from an"
                        + " earlier run?); the baseline needs none: generate a fresh dataset");
            }
            Path work = prepare(admin);
            baseline = measure(server, work, loadBefore);
        } finally {
            server.stopIfStarted();
        }

        System.out.println("automation 2/2: ticket creation with the rule set active");
        double loadBeforeRules = Machine.loadAverage();
        List<String> active = new ArrayList<>(plain);
        active.add("--frontline.automation.sla-check-interval=" + slaInterval);
        active.add("--frontline.automation.time-rules-interval=" + timeInterval);
        server = ServerProcess.start(options.serverJar(), options.serverJvmArgs(), active, options.baseUrl());
        try {
            String admin = issueToken(options.adminEmail(), options.adminPassword());
            io.frontline.bench.report.PrometheusText atStart = metrics(admin);
            long rulesCreated = System.nanoTime();
            for (String body : io.frontline.bench.load.AutomationRuleSet.SLA_POLICIES) {
                post(admin, "/api/v1/sla-policies", body);
            }
            for (String body : io.frontline.bench.load.AutomationRuleSet.TRIGGERS) {
                post(admin, "/api/v1/triggers", body);
            }
            for (String body : io.frontline.bench.load.AutomationRuleSet.TIME_RULES) {
                post(admin, "/api/v1/time-rules", body);
            }
            System.out.printf(
                    "rules: %d SLA policies, %d triggers, %d time rules; SLA check every %s, time rules every %s%n",
                    io.frontline.bench.load.AutomationRuleSet.SLA_POLICIES.size(),
                    io.frontline.bench.load.AutomationRuleSet.TRIGGERS.size(),
                    io.frontline.bench.load.AutomationRuleSet.TIME_RULES.size(),
                    slaInterval,
                    timeInterval);
            Double catchUp = settle(admin, atStart, rulesCreated);
            Path work = prepare(admin);
            if (options.warmupSeconds() > 0) {
                System.out.printf("warm-up: %ds at the same rate, not measured%n", options.warmupSeconds());
                runGatling(work, options.warmupSeconds());
            }
            io.frontline.bench.report.PrometheusText metricsBefore = metrics(admin);
            ServerProcess.Usage before = server.usage();
            String output = runGatling(work, options.durationSeconds());
            ServerProcess.Usage after = server.usage();
            io.frontline.bench.report.PrometheusText metricsAfter = metrics(admin);
            if (!metricsAfter.has("frontline_automation_sla_check_seconds_count")) {
                System.out.println("the server exports no frontline_automation_* timers (an older jar?): passes"
                        + " are reported as 0");
            }
            RunResult withRules = result(GatlingStats.parse(output), before, after, server, loadBeforeRules);
            write(withRules.withAutomation(new io.frontline.bench.report.AutomationFigures(
                    io.frontline.bench.load.AutomationRuleSet.SLA_POLICIES.size(),
                    io.frontline.bench.load.AutomationRuleSet.TRIGGERS.size(),
                    io.frontline.bench.load.AutomationRuleSet.TIME_RULES.size(),
                    baseline,
                    io.frontline.bench.report.JobFigures.between(
                            metricsBefore,
                            metricsAfter,
                            "frontline_automation_sla_check",
                            null,
                            "frontline_automation_sla_recorded_total"),
                    io.frontline.bench.report.JobFigures.between(
                            metricsBefore,
                            metricsAfter,
                            "frontline_automation_time_rules_pass",
                            "frontline_automation_time_rules_examined_total",
                            "frontline_automation_time_rules_fired_total"),
                    catchUp)));
        } finally {
            server.stopIfStarted();
        }
    }

    /**
     * Waits until each automation job has completed a pass that began after the rules were created (two more passes
     * than at the start), so that the measured window sees the steady state rather than the catch-up of everything that
     * fell due between the dataset's end and now; gives up after {@code --settle} seconds. Answers the seconds it took,
     * or {@code null} when it gave up.
     */
    private Double settle(String admin, io.frontline.bench.report.PrometheusText atStart, long since)
            throws IOException, InterruptedException {
        String sla = "frontline_automation_sla_check_seconds_count";
        String time = "frontline_automation_time_rules_pass_seconds_count";
        long deadline = since + options.settleSeconds() * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            io.frontline.bench.report.PrometheusText now = metrics(admin);
            if (now.value(sla) >= atStart.value(sla) + 2 && now.value(time) >= atStart.value(time) + 2) {
                double seconds = (System.nanoTime() - since) / 1e9;
                System.out.printf(
                        "catch-up: the SLA checker and the time rules completed a full pass with the rules after %.0f s"
                                + " (%.0f warnings and breaches, %.0f time-rule firings so far)%n",
                        seconds,
                        now.value("frontline_automation_sla_recorded_total"),
                        now.value("frontline_automation_time_rules_fired_total"));
                return seconds;
            }
            Thread.sleep(2_000);
        }
        System.out.printf(
                "catch-up: not over after %d s (--settle); measuring anyway, the passes may not show%n",
                options.settleSeconds());
        return null;
    }

    /** A discarded warm-up and the measured run of the creation workload, as one result. */
    private RunResult measure(ServerProcess server, Path work, double loadBefore)
            throws IOException, InterruptedException {
        if (options.warmupSeconds() > 0) {
            System.out.printf("warm-up: %ds at the same rate, not measured%n", options.warmupSeconds());
            runGatling(work, options.warmupSeconds());
        }
        ServerProcess.Usage before = server.usage();
        String output = runGatling(work, options.durationSeconds());
        ServerProcess.Usage after = server.usage();
        return result(GatlingStats.parse(output), before, after, server, loadBefore);
    }

    /** The value of {@code --server-arg --key=value} when given, else {@code fallback}. */
    private String serverArg(String key, String fallback) {
        return options.serverArgs().stream()
                .filter(a -> a.startsWith("--" + key + "="))
                .map(a -> a.substring(a.indexOf('=') + 1))
                .reduce((first, last) -> last)
                .orElse(fallback);
    }

    private io.frontline.bench.report.PrometheusText metrics(String admin) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(options.baseUrl() + "/actuator/prometheus"))
                        .header("Authorization", "Bearer " + admin)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /actuator/prometheus answered " + response.statusCode());
        }
        return io.frontline.bench.report.PrometheusText.parse(response.body());
    }

    private JsonNode post(String token, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * The live-chat workload: driver processes (one per {@code --sockets-per-process} sockets, each under its own
     * open-files limit and from its own local address) create visitors, open their sockets and report READY; the
     * runner then hands all of them one start instant, reads the server's CPU time at the end of the shared warm-up and
     * at the end of the measured window, waits for their results and merges them.
     */
    private void runChat(ServerProcess server, double loadBefore) throws Exception {
        String widgetKey = options.widgetKey() != null ? options.widgetKey() : findWidgetKey();
        int processes = Math.max(1, (int) Math.ceil((double) options.sockets() / options.socketsPerProcess()));
        Long openFiles = Machine.openFilesLimit();
        System.out.printf(
                "chat: %d sockets (%d conversations) in %d driver processes, %.0f messages/s for %ds after %ds of"
                        + " warm-up, widget %s, open-files limit %s%n",
                options.sockets(),
                options.conversations(),
                processes,
                options.rate(),
                options.durationSeconds(),
                options.warmupSeconds(),
                widgetKey,
                openFiles);
        boolean loopback = java.net.URI.create(options.baseUrl()).getHost().matches("localhost|127\\..*");
        Path work = Files.createTempDirectory("frontline-bench-chat-");
        List<Process> drivers = new ArrayList<>();
        List<Path> resultFiles = new ArrayList<>();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(processes);
        try {
            for (int shard = 0; shard < processes; shard++) {
                int sockets = share(options.sockets(), processes, shard);
                int conversations = share(options.conversations(), processes, shard);
                Path result = work.resolve("chat-" + shard + ".json");
                resultFiles.add(result);
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + options.driverHeap(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.frontline.bench.chat.ChatDriver",
                        "--base-url",
                        options.baseUrl(),
                        "--widget-key",
                        widgetKey,
                        "--sockets",
                        String.valueOf(sockets),
                        "--conversations",
                        String.valueOf(conversations),
                        "--rate",
                        String.valueOf(options.rate() * conversations / options.conversations()),
                        "--warmup",
                        String.valueOf(options.warmupSeconds()),
                        "--duration",
                        String.valueOf(options.durationSeconds()),
                        "--shard",
                        String.valueOf(shard),
                        "--result",
                        result.toString(),
                        "--wait-for-go",
                        "true"));
                if (loopback) {
                    command.addAll(List.of("--source-address", "127.0.0." + (2 + shard)));
                }
                Process driver = new ProcessBuilder(command)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                drivers.add(driver);
                Thread.ofPlatform().daemon().start(() -> {
                    try (var lines = new java.io.BufferedReader(
                            new java.io.InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            System.out.println(line);
                            if (line.contains("] READY ")) {
                                ready.countDown();
                            }
                        }
                    } catch (IOException ignored) {
                        // the driver ended
                    }
                });
            }
            while (!ready.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                for (Process driver : drivers) {
                    if (!driver.isAlive()) {
                        throw new IllegalStateException("a chat driver ended before it was ready, exit code "
                                + driver.exitValue() + " (see its output above)");
                    }
                }
            }
            long go = System.currentTimeMillis() + 2_000;
            for (Process driver : drivers) {
                driver.getOutputStream().write(("GO " + go + "\n").getBytes(StandardCharsets.UTF_8));
                driver.getOutputStream().flush();
            }
            sleepUntil(go + options.warmupSeconds() * 1000);
            ServerProcess.Usage before = server.usage();
            sleepUntil(go + (options.warmupSeconds() + options.durationSeconds()) * 1000);
            ServerProcess.Usage after = server.usage();
            for (Process driver : drivers) {
                if (driver.waitFor() != 0) {
                    throw new IllegalStateException("a chat driver failed with exit code " + driver.exitValue());
                }
            }
            List<io.frontline.bench.chat.ChatShardResult> shards = new ArrayList<>();
            for (Path file : resultFiles) {
                shards.add(JSON.readValue(file.toFile(), io.frontline.bench.chat.ChatShardResult.class));
            }
            io.frontline.bench.chat.ChatRun run = io.frontline.bench.chat.ChatRun.merge(shards, openFiles);
            write(result(run.stats(), before, after, server, loadBefore).withChat(run.figures()));
        } finally {
            drivers.forEach(Process::destroy);
        }
    }

    /** Part {@code index} of {@code total} split as evenly as possible over {@code parts}. */
    static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    /**
     * The key of the first active chat widget the admin API lists ({@code GET /api/v1/chat/widgets}), for runs without
     * {@code --widget-key}; a generated dataset has none, so then the runner creates one named "Bench".
     */
    private String findWidgetKey() throws IOException, InterruptedException {
        String admin = issueToken(options.adminEmail(), options.adminPassword());
        JsonNode widgets = get(admin, "/api/v1/chat/widgets");
        JsonNode items = widgets.has("items") ? widgets.get("items") : widgets;
        for (JsonNode widget : items) {
            if (widget.hasNonNull("key") && widget.path("active").asBoolean(true)) {
                return widget.get("key").asString();
            }
        }
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(options.baseUrl() + "/api/v1/chat/widgets"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench\",\"active\":true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("no chat widget on the server and creating one answered "
                    + created.statusCode() + ": " + created.body() + "; pass --widget-key");
        }
        String key = JSON.readTree(created.body()).get("key").asString();
        System.out.println("created chat widget \"Bench\" with key " + key);
        return key;
    }

    /** Writes the result under a name of its own (repeated runs get -2, -3, ...) and rewrites the report. */
    private void write(RunResult result) throws IOException {
        String name = result.date() + "-" + options.db() + "-" + options.dataset() + "-" + options.workload()
                + (options.workload().equals("startup") ? "" : "-" + (long) options.rate())
                + (options.variant() == null ? "" : "-" + options.variant().replaceAll("[^A-Za-z0-9.=-]+", "_"));
        Path file = options.results().resolve(name + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = options.results().resolve(name + "-" + n + ".json");
        }
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        if (!options.workload().equals("startup")) {
            System.out.println(Report.row(result, Budgets.forWorkload(result.workload())));
        }
        System.out.printf("load average before %.2f, after %.2f%n", result.loadAverageBefore(), result.loadAverage());
        Report.update(options.results(), options.report());
        System.out.println("Result: " + file + "; report: " + options.report());
    }

    /**
     * Signs agents in through the browser form, as a person would: the sign-in page hands out a session and its CSRF
     * token, the form post authenticates that session. Answers one {@code JSESSIONID=...} cookie per agent.
     */
    private List<String> browserSessions() throws IOException, InterruptedException {
        List<String> cookies = new ArrayList<>();
        for (int n = 1; n <= options.agents(); n++) {
            String email = "agent" + n + "@bench.local";
            java.net.CookieManager jar = new java.net.CookieManager();
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(jar)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(URI.create(options.baseUrl() + "/login"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile(
                            "name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                    .matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                throw new IllegalStateException("the sign-in page has no CSRF token: " + page.statusCode());
            }
            String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
            String form = "username=" + encode(email) + "&password=" + encode(options.agentPassword()) + "&_csrf="
                    + encode(token);
            HttpResponse<String> signIn = browser.send(
                    HttpRequest.newBuilder(URI.create(options.baseUrl() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException(
                        "browser sign-in failed for " + email + ": " + signIn.statusCode() + " " + location);
            }
            String session = jar.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(c -> c.getName() + "=" + c.getValue())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session cookie after signing in " + email));
            HttpResponse<Void> check = browser.send(
                    HttpRequest.newBuilder(URI.create(options.baseUrl() + "/views/mine"))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (check.statusCode() != 200) {
                throw new IllegalStateException(
                        "a signed-in " + email + " got " + check.statusCode() + " for /views/mine");
            }
            cookies.add(session);
        }
        return cookies;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Runs the workload in its own JVM and answers its console output, which ends with the summary. */
    private String runGatling(Path work, long seconds) throws IOException, InterruptedException {
        Path resultsFolder = Files.createTempDirectory(work, "gatling-");
        String simulation = switch (options.workload()) {
            case "create", "automation" -> "io.frontline.bench.load.CreateTicketWorkload";
            case "open" -> "io.frontline.bench.load.OpenTicketWorkload";
            case "queue" -> "io.frontline.bench.load.QueueViewWorkload";
            case "reply" -> "io.frontline.bench.load.ReplyWorkload";
            case "search" -> "io.frontline.bench.load.SearchWorkload";
            case "email" -> "io.frontline.bench.load.EmailIntakeWorkload";
            case "page-queue" -> "io.frontline.bench.load.QueuePageWorkload";
            case "page-ticket" -> "io.frontline.bench.load.TicketPageWorkload";
            case "page-nav" -> "io.frontline.bench.load.NavCountsWorkload";
            default -> throw new IllegalArgumentException("unknown workload " + options.workload());
        };
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dbench.baseUrl=" + options.baseUrl(),
                "-Dbench.rate=" + options.rate(),
                "-Dbench.durationSeconds=" + seconds,
                "-Dbench.tokensFile=" + work.resolve("tokens.txt"),
                "-Dbench.ticketIdsFile=" + work.resolve("tickets.txt"),
                "-Dbench.teamIdsFile=" + work.resolve("teams.txt"),
                "-Dbench.emailsFile=" + work.resolve("emails.txt"),
                "-Dbench.sessionsFile=" + work.resolve("sessions.txt"),
                "io.gatling.app.Gatling",
                "--simulation",
                simulation,
                "--results-folder",
                resultsFolder.toString(),
                "--launcher",
                "maven",
                "--build-tool-version",
                "3.9"));
        Path console = resultsFolder.resolve("console.txt");
        Process gatling = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
        int exit = gatling.waitFor();
        String output = Files.readString(console);
        System.out.println(output.substring(Math.max(0, output.lastIndexOf("===", output.lastIndexOf("---- Global")))));
        if (exit != 0 && exit != 2) {
            throw new IllegalStateException("Gatling failed with exit code " + exit + "; see " + console);
        }
        return output;
    }

    private List<String> agentTokens(String adminToken) throws IOException, InterruptedException {
        List<String> tokens = new ArrayList<>();
        for (JsonNode agent : get(adminToken, "/api/v1/agents")) {
            if (tokens.size() >= options.agents() || !agent.get("active").asBoolean()) {
                continue;
            }
            String email = agent.get("email").asString();
            if (email.equals(options.adminEmail())) {
                continue;
            }
            try {
                tokens.add(issueToken(email, options.agentPassword()));
            } catch (IllegalStateException notThisPassword) {
                // agents created by hand have other passwords; the workload uses the ones it can sign in as
            }
        }
        if (tokens.isEmpty()) {
            tokens.add(adminToken);
        }
        return tokens;
    }

    /** Ticket ids spread over the whole dataset: pages just before random instants since the oldest ticket. */
    private List<Long> sampleTickets(String token, String filter) throws IOException, InterruptedException {
        JsonNode oldest =
                get(token, "/api/v1/tickets?sort=createdAt&limit=1" + filter).get("items");
        if (oldest.isEmpty()) {
            throw new IllegalStateException("the database has no tickets" + filter + "; load a dataset first");
        }
        Instant from = Instant.parse(oldest.get(0).get("createdAt").asString());
        Instant to = Instant.now();
        SplittableRandom random = new SplittableRandom(7);
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < 40 && ids.size() < 2_000; i++) {
            Instant at = from.plusSeconds((long) (random.nextDouble() * (to.getEpochSecond() - from.getEpochSecond())));
            get(token, "/api/v1/tickets?limit=50&createdBefore=" + at + filter)
                    .get("items")
                    .forEach(t -> ids.add(t.get("id").asLong()));
        }
        return List.copyOf(ids);
    }

    private String issueToken(String email, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(options.baseUrl() + "/api/v1/auth/tokens"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("sign-in as " + email + " failed: " + response.statusCode());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    private JsonNode get(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Command-line options; see {@link #USAGE}. */
    record Options(
            String workload,
            double rate,
            long durationSeconds,
            long warmupSeconds,
            String baseUrl,
            Long pid,
            Path serverJar,
            List<String> serverJvmArgs,
            List<String> serverArgs,
            String db,
            String dataset,
            String adminEmail,
            String adminPassword,
            String agentPassword,
            int agents,
            Path results,
            Path report,
            String variant,
            String widgetKey,
            int sockets,
            int conversations,
            int socketsPerProcess,
            String driverHeap,
            long settleSeconds,
            List<String> raw) {

        static final String USAGE = """
                usage: Bench --workload create|open|queue|reply|search|email|chat|page-queue|page-ticket|page-nav|automation|startup
                             --rate PER_SECOND --duration SECONDS [--warmup 20]
                             (--server-jar server/target/frontline-0.1.0-SNAPSHOT.jar [--server-arg --key=value ...]
                              [--server-jvm-arg -XX:... ...] | --pid SERVER_PID) [--base-url http://localhost:8080]
                             --db h2|postgres --dataset empty|small|medium|full [--data-dir DIR] [--variant NAME]
                             [--admin-email admin@bench.local] [--admin-password bench-password]
                             [--agent-password bench-password] [--agents 20]
                             [--results bench/results] [--report docs/performance.md]
                             chat only: [--widget-key KEY] [--sockets 20000] [--conversations 200]
                                        [--sockets-per-process 10000] [--driver-heap 1g]
                             automation only: [--settle 600]""";

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> serverArgs = new ArrayList<>();
            List<String> serverJvmArgs = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String key = args[i];
                if (!key.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException(USAGE);
                }
                String value = args[++i];
                if (key.equals("--server-arg")) {
                    serverArgs.add(value);
                } else if (key.equals("--server-jvm-arg")) {
                    serverJvmArgs.add(value);
                } else {
                    values.put(key.substring(2), value);
                }
            }
            if (!values.containsKey("workload")
                    || (!values.containsKey("rate") && !"startup".equals(values.get("workload")))) {
                throw new IllegalArgumentException(USAGE);
            }
            if (!values.containsKey("pid") && !values.containsKey("server-jar")) {
                throw new IllegalArgumentException("give --server-jar or --pid\n" + USAGE);
            }
            if (values.containsKey("data-dir")) {
                // an H2 data directory generated elsewhere: the server's default URL is <data-dir>/db/frontline, and a
                // wrong path would silently start on a new empty database (with demo data) instead of the dataset
                Path dataDir = Path.of(values.get("data-dir")).toAbsolutePath();
                boolean empty = "empty".equals(values.get("dataset"));
                if (!empty && !Files.exists(dataDir.resolve("db").resolve("frontline.mv.db"))) {
                    throw new IllegalArgumentException("no H2 database at " + dataDir.resolve("db/frontline.mv.db")
                            + "; generate one with --url jdbc:h2:file:" + dataDir.resolve("db/frontline"));
                }
                serverArgs.add(0, "--frontline.data-dir=" + dataDir);
            }
            int sockets = Integer.parseInt(values.getOrDefault("sockets", "20000"));
            if ("chat".equals(values.get("workload"))) {
                // Tomcat accepts 8,192 connections by default; a chat node is meant to hold more sockets than that
                if (serverArgs.stream().noneMatch(a -> a.contains("tomcat.max-connections"))) {
                    serverArgs.add("--server.tomcat.max-connections=" + (sockets + 1_000));
                }
                if (serverArgs.stream().noneMatch(a -> a.contains("tomcat.accept-count"))) {
                    serverArgs.add("--server.tomcat.accept-count=1024");
                }
                // the public chat endpoints are rate-limited per client address (120/min) and per visitor (20
                // messages/min): right for the internet, but the bench creates thousands of visitors from one or two
                // addresses and each of its conversations sends rate / conversations messages per second
                if (serverArgs.stream().noneMatch(a -> a.contains("chat.ip-requests-per-minute"))) {
                    serverArgs.add("--frontline.chat.ip-requests-per-minute=10000000");
                }
                if (serverArgs.stream().noneMatch(a -> a.contains("chat.visitor-messages-per-minute"))) {
                    double rate = Double.parseDouble(values.getOrDefault("rate", "1000"));
                    int conversations = Integer.parseInt(values.getOrDefault("conversations", "200"));
                    long perMinute = (long) Math.ceil(rate / conversations * 60 * 2);
                    serverArgs.add("--frontline.chat.visitor-messages-per-minute=" + Math.max(20, perMinute));
                }
            }
            return new Options(
                    values.get("workload"),
                    Double.parseDouble(values.getOrDefault("rate", "0")),
                    Long.parseLong(values.getOrDefault("duration", "60")),
                    Long.parseLong(values.getOrDefault("warmup", "20")),
                    values.getOrDefault("base-url", "http://localhost:8080"),
                    values.containsKey("pid") ? Long.valueOf(values.get("pid")) : null,
                    values.containsKey("server-jar") ? Path.of(values.get("server-jar")) : null,
                    serverJvmArgs,
                    serverArgs,
                    values.getOrDefault("db", "h2"),
                    values.getOrDefault("dataset", "small"),
                    values.getOrDefault("admin-email", "admin@bench.local"),
                    values.getOrDefault("admin-password", "bench-password"),
                    values.getOrDefault("agent-password", "bench-password"),
                    Integer.parseInt(values.getOrDefault("agents", "20")),
                    Path.of(values.getOrDefault("results", "bench/results")),
                    Path.of(values.getOrDefault("report", "docs/performance.md")),
                    values.get("variant"),
                    values.get("widget-key"),
                    sockets,
                    Integer.parseInt(values.getOrDefault("conversations", "200")),
                    Integer.parseInt(values.getOrDefault("sockets-per-process", "10000")),
                    values.getOrDefault("driver-heap", "1g"),
                    Long.parseLong(values.getOrDefault("settle", "600")),
                    List.of(args));
        }
    }
}
