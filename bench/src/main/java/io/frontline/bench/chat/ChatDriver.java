package io.frontline.bench.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One process of the live-chat workload (see docs/performance.md, "Live chat"). It creates visitors of a widget over
 * HTTP, gives some of them a conversation, opens one STOMP-over-WebSocket socket per visitor at {@code /chat/ws} (plus
 * a second socket for each visitor with a conversation, as a second browser tab), and then sends visitor messages at
 * a fixed total rate, open loop: message {@code i} is due at {@code start + i / rate} whatever happened to the ones
 * before, and its latency runs from that instant until the broadcast carrying its {@code clientMessageId} arrives on a
 * subscription. The runner starts one such process per few thousand sockets, since a process may hold only as many
 * sockets as its file-descriptor limit allows; each binds its own local address (127.0.0.x) so that no process runs
 * out of ephemeral ports.
 *
 * <p>Standalone use: {@code java -cp … io.frontline.bench.chat.ChatDriver --base-url http://localhost:8099
 * --widget-key KEY --sockets 2000 --conversations 50 --rate 200 --warmup 10 --duration 30 --result /tmp/chat.json}.
 * Under the runner ({@code --wait-for-go}) it prints {@code READY} when its sockets are open and starts when a line
 * {@code GO <epoch millis>} arrives on its standard input, so that all processes share one schedule.
 */
public final class ChatDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEND_DESTINATION = "/app/visitor.message";
    private static final int ERROR_SAMPLES = 5;

    record Options(
            String baseUrl,
            String widgetKey,
            int sockets,
            int conversations,
            double rate,
            long warmupSeconds,
            long durationSeconds,
            long drainSeconds,
            String sourceAddress,
            int shard,
            Path result,
            int connectConcurrency,
            int httpConcurrency,
            boolean secondSubscriber,
            boolean waitForGo) {

        static Options parse(String[] args) {
            Map<String, String> v = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("usage: ChatDriver --base-url URL --widget-key KEY [--sockets"
                            + " 20000] [--conversations 200] [--rate 1000] [--warmup 20] [--duration 60] [--drain 10]"
                            + " [--source-address 127.0.0.2] [--shard 0] [--result FILE] [--connect-concurrency 200]"
                            + " [--http-concurrency 16] [--second-subscriber true] [--wait-for-go false]");
                }
                v.put(args[i].substring(2), args[++i]);
            }
            Options options = new Options(
                    v.getOrDefault("base-url", "http://localhost:8080"),
                    v.get("widget-key"),
                    Integer.parseInt(v.getOrDefault("sockets", "20000")),
                    Integer.parseInt(v.getOrDefault("conversations", "200")),
                    Double.parseDouble(v.getOrDefault("rate", "1000")),
                    Long.parseLong(v.getOrDefault("warmup", "20")),
                    Long.parseLong(v.getOrDefault("duration", "60")),
                    Long.parseLong(v.getOrDefault("drain", "10")),
                    v.get("source-address"),
                    Integer.parseInt(v.getOrDefault("shard", "0")),
                    Path.of(v.getOrDefault("result", "chat-result.json")),
                    Integer.parseInt(v.getOrDefault("connect-concurrency", "200")),
                    Integer.parseInt(v.getOrDefault("http-concurrency", "16")),
                    Boolean.parseBoolean(v.getOrDefault("second-subscriber", "true")),
                    Boolean.parseBoolean(v.getOrDefault("wait-for-go", "false")));
            if (options.widgetKey() == null) {
                throw new IllegalArgumentException("--widget-key is required");
            }
            int perConversation = options.secondSubscriber() ? 2 : 1;
            if (options.conversations() < 1 || options.conversations() * perConversation > options.sockets()) {
                throw new IllegalArgumentException("need 1 ≤ conversations and conversations × " + perConversation
                        + " ≤ sockets, got " + options.conversations() + " and " + options.sockets());
            }
            return options;
        }
    }

    private final Options options;
    private final DeliveryLedger ledger;
    private final ExecutorService executor;
    private final HttpClient http;
    private final URI socketUri;
    private final AtomicLong stompErrors = new AtomicLong();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    private ChatDriver(Options options) throws IOException {
        this.options = options;
        this.ledger = new DeliveryLedger(options.secondSubscriber() ? 2 : 1);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "chat-io");
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor);
        if (options.sourceAddress() != null) {
            builder.localAddress(InetAddress.getByName(options.sourceAddress()));
        }
        this.http = builder.build();
        this.socketUri = URI.create(options.baseUrl().replaceFirst("^http", "ws") + "/chat/ws");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ChatDriver driver = new ChatDriver(options);
        int exit = driver.run();
        System.exit(exit);
    }

    private int run() throws Exception {
        long setupStart = System.nanoTime();
        int visitorsNeeded = options.sockets() - (options.secondSubscriber() ? options.conversations() : 0);
        List<String> tokens = createVisitors(visitorsNeeded);
        List<Long> conversations = createConversations(tokens.subList(0, options.conversations()));
        List<Socket> all = new ArrayList<>(options.sockets());
        List<Socket> senders = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Long conversation = i < conversations.size() ? conversations.get(i) : null;
            Socket socket = new Socket(tokens.get(i), conversation, conversation == null ? -1 : 0);
            all.add(socket);
            if (conversation != null) {
                senders.add(socket);
                if (options.secondSubscriber()) {
                    all.add(new Socket(tokens.get(i), conversation, 1));
                }
            }
        }
        int opened = openAll(all);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        int connectFailures = all.size() - opened;
        log(
                "READY %d of %d sockets open, %d conversations, setup %.1f s",
                opened, all.size(), senders.size(), setupSeconds);
        long startNanos = awaitGo();
        double[] lag = sendOnSchedule(senders, startNanos);
        log("sent; waiting %d s for the last broadcasts", options.drainSeconds());
        Thread.sleep(options.drainSeconds() * 1000);
        int openAtEnd = (int) all.stream().filter(Socket::isOpen).count();
        DeliveryLedger.Summary summary = ledger.summary();
        List<ChatShardResult.Receiver> receivers = new ArrayList<>();
        for (DeliveryLedger.ReceiverTally tally : summary.receivers()) {
            receivers.add(new ChatShardResult.Receiver(
                    tally.delivered(), tally.lost(), tally.duplicated(), tally.latenciesMicros()));
        }
        ChatShardResult result = new ChatShardResult(
                options.shard(),
                options.sourceAddress(),
                all.size(),
                opened,
                openAtEnd,
                connectFailures,
                senders.size(),
                options.rate(),
                options.warmupSeconds(),
                options.durationSeconds(),
                setupSeconds,
                summary.sent(),
                summary.sendFailures(),
                summary.unknown(),
                receivers,
                lag[0],
                lag[1],
                stompErrors.get(),
                List.copyOf(errorSamples));
        Files.writeString(options.result(), JSON.writeValueAsString(result));
        Percentiles own = new Percentiles(summary.receivers()[0].latenciesMicros());
        log(
                "DONE sent %d, delivered %d, lost %d, duplicated %d, p50 %.1f ms, p99 %.1f ms, open at end %d",
                summary.sent(),
                summary.receivers()[0].delivered(),
                summary.receivers()[0].lost(),
                summary.receivers()[0].duplicated(),
                own.at(0.5) / 1000,
                own.at(0.99) / 1000,
                openAtEnd);
        all.forEach(Socket::abort);
        return 0;
    }

    private List<String> createVisitors(int count) throws InterruptedException {
        String body = JSON.writeValueAsString(Map.of("widget", options.widgetKey()));
        String[] tokens = new String[count];
        AtomicInteger done = new AtomicInteger();
        parallel(count, i -> {
            JsonNode visitor = post("/chat/api/visitors", null, body, 200, 201);
            tokens[i] = visitor.get("token").asString();
            int n = done.incrementAndGet();
            if (n % 2000 == 0) {
                log("%d visitors", n);
            }
        });
        return List.of(tokens);
    }

    private List<Long> createConversations(List<String> tokens) throws InterruptedException {
        Long[] ids = new Long[tokens.size()];
        parallel(tokens.size(), i -> {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("name", "Bench visitor " + options.shard() + "-" + i);
            start.put("email", "visitor-" + options.shard() + "-" + i + "@bench.invalid");
            start.put("text", "Hello, a question about my order.");
            start.put("clientMessageId", "start-" + options.shard() + "-" + i + "-" + System.nanoTime());
            JsonNode conversation =
                    post("/chat/api/conversations", tokens.get(i), JSON.writeValueAsString(start), 200, 201);
            ids[i] = conversation.get("id").asLong();
        });
        return List.of(ids);
    }

    /** Opens the sockets, a bounded number of handshakes at a time; answers how many got their CONNECTED frame. */
    private int openAll(List<Socket> sockets) throws InterruptedException {
        Semaphore inFlight = new Semaphore(options.connectConcurrency());
        AtomicInteger connected = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>(sockets.size());
        String host = socketUri.getHost();
        for (Socket socket : sockets) {
            inFlight.acquire();
            CompletableFuture<Void> open = socket.open(host).whenComplete((ok, failed) -> {
                inFlight.release();
                if (failed == null) {
                    int n = connected.incrementAndGet();
                    if (n % 2000 == 0) {
                        log("%d sockets connected", n);
                    }
                } else {
                    sample("connect: " + rootMessage(failed));
                }
            });
            all.add(open);
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } catch (Exception someFailed) {
            // counted below: a socket that failed simply did not connect
        }
        return connected.get();
    }

    private long awaitGo() throws IOException {
        if (!options.waitForGo()) {
            return System.nanoTime();
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("GO ")) {
                long epochMillis = Long.parseLong(line.substring(3).strip());
                return System.nanoTime() + (epochMillis - System.currentTimeMillis()) * 1_000_000;
            }
        }
        throw new IllegalStateException("standard input closed before GO");
    }

    /**
     * Sends every message at its due instant, the conversations in turn; answers the driver's own lateness (p99 and
     * max, microseconds) in handing messages to their sockets.
     */
    private double[] sendOnSchedule(List<Socket> senders, long startNanos) {
        double periodNanos = 1e9 / options.rate();
        long warmup = Math.round(options.warmupSeconds() * options.rate());
        long total = warmup + Math.round(options.durationSeconds() * options.rate());
        long[] lags = new long[(int) total];
        String prefix = "b" + options.shard() + "-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        for (long i = 0; i < total; i++) {
            long due = startNanos + Math.round(i * periodNanos);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Socket sender = senders.get((int) (i % senders.size()));
            String id = prefix + i;
            ledger.sent(id, due, i >= warmup);
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("conversationId", sender.conversationId);
            message.put("clientMessageId", id);
            message.put("text", "Message " + i + " from the bench: is my order on its way?");
            String frame = StompFrame.send(SEND_DESTINATION, JSON.writeValueAsString(message))
                    .encode();
            lags[(int) i] = (System.nanoTime() - due) / 1_000;
            sender.send(frame).whenComplete((ok, failed) -> {
                if (failed != null) {
                    ledger.sendFailed(id);
                    sample("send: " + rootMessage(failed));
                }
            });
            if (i == warmup) {
                log("warm-up over, measuring %d s", options.durationSeconds());
            }
        }
        long[] measured = java.util.Arrays.copyOfRange(lags, (int) Math.min(warmup, total), (int) total);
        Percentiles p = new Percentiles(measured);
        return new double[] {p.at(0.99), p.max()};
    }

    /** One socket: a visitor's STOMP session at /chat/ws, subscribed to its conversation when it has one. */
    private final class Socket implements WebSocket.Listener {

        final String token;
        final Long conversationId;
        /** -1 for an idle visitor, otherwise the ledger's receiver index. */
        final int receiver;

        final CompletableFuture<Void> connected = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket webSocket;
        private volatile boolean closed;
        private CompletableFuture<WebSocket> sendTail;

        Socket(String token, Long conversationId, int receiver) {
            this.token = token;
            this.conversationId = conversationId;
            this.receiver = receiver;
        }

        CompletableFuture<Void> open(String host) {
            http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .header("Origin", options.baseUrl())
                    .buildAsync(socketUri, this)
                    .thenCompose(ws -> {
                        synchronized (this) {
                            webSocket = ws;
                            sendTail = CompletableFuture.completedFuture(ws);
                        }
                        return send(StompFrame.connect(host, token).encode());
                    })
                    .whenComplete((ws, failed) -> {
                        if (failed != null) {
                            connected.completeExceptionally(failed);
                        }
                    });
            CompletableFuture<Void> ready = connected.thenCompose(ignored -> {
                if (conversationId == null) {
                    return CompletableFuture.completedFuture(null);
                }
                CompletableFuture<WebSocket> subscribed =
                        send(StompFrame.subscribe("conversation", "/topic/chat.conversation." + conversationId)
                                .encode());
                if (receiver == 0) {
                    subscribed = send(StompFrame.subscribe("errors", "/user/queue/chat.errors")
                            .encode());
                }
                return subscribed.thenApply(ws -> null);
            });
            return ready.orTimeout(60, TimeUnit.SECONDS);
        }

        synchronized CompletableFuture<WebSocket> send(String text) {
            if (closed || sendTail == null) {
                return CompletableFuture.failedFuture(new IOException("socket closed"));
            }
            sendTail = sendTail.thenCompose(ws -> ws.sendText(text, true));
            return sendTail;
        }

        boolean isOpen() {
            WebSocket ws = webSocket;
            return !closed && ws != null && !ws.isInputClosed() && !ws.isOutputClosed();
        }

        void abort() {
            WebSocket ws = webSocket;
            if (ws != null) {
                ws.abort();
            }
        }

        @Override
        public void onOpen(WebSocket ws) {
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            long at = System.nanoTime();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    for (StompFrame frame : StompFrame.decode(text)) {
                        handle(frame, at);
                    }
                } catch (RuntimeException bad) {
                    stompErrors.incrementAndGet();
                    sample("undecodable frame: " + bad.getMessage());
                }
            }
            ws.request(1);
            return null;
        }

        private void handle(StompFrame frame, long at) {
            switch (frame.command()) {
                case "CONNECTED" -> connected.complete(null);
                case "MESSAGE" -> {
                    if ("errors".equals(frame.header("subscription"))) {
                        stompErrors.incrementAndGet();
                        sample("error queue: " + frame.body());
                        return;
                    }
                    if (receiver < 0) {
                        return;
                    }
                    JsonNode event = JSON.readTree(frame.body());
                    if ("message".equals(event.path("type").asString(""))) {
                        JsonNode id = event.get("clientMessageId");
                        ledger.received(receiver, id == null || id.isNull() ? null : id.asString(), at);
                    }
                }
                case "ERROR" -> {
                    stompErrors.incrementAndGet();
                    sample("ERROR " + frame.header("message") + " " + frame.body());
                    connected.completeExceptionally(new IOException("STOMP ERROR " + frame.header("message")));
                }
                default -> {}
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed = true;
            connected.completeExceptionally(new IOException("closed " + status + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed = true;
            connected.completeExceptionally(error);
        }
    }

    private interface Task {
        void run(int index) throws Exception;
    }

    /** Runs {@code task(0..count-1)} on virtual threads, at most {@code --http-concurrency} at a time. */
    private void parallel(int count, Task task) throws InterruptedException {
        Semaphore slots = new Semaphore(options.httpConcurrency());
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                slots.acquire();
                threads.submit(() -> {
                    try {
                        task.run(index);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= ERROR_SAMPLES) {
                            sample("setup: " + rootMessage(e));
                        }
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(
                    failures.get() + " of " + count + " setup requests failed, e.g. " + errorSamples);
        }
    }

    /** POSTs JSON, retrying while the server sheds load (429/503, honouring Retry-After). */
    private JsonNode post(String path, String visitorToken, String body, int... expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Origin", options.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (visitorToken != null) {
            request.header("X-Visitor-Token", visitorToken);
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            for (int ok : expected) {
                if (status == ok) {
                    return JSON.readTree(response.body());
                }
            }
            if ((status == 429 || status == 503) && attempt < 30) {
                long seconds = response.headers()
                        .firstValue("Retry-After")
                        .map(Long::parseLong)
                        .orElse(1L);
                Thread.sleep(Math.min(seconds, 10) * 1000);
                continue;
            }
            throw new IOException("POST " + path + " answered " + status + ": " + response.body());
        }
    }

    private void sample(String error) {
        if (errorSamples.size() < ERROR_SAMPLES) {
            errorSamples.add(error);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void log(String format, Object... args) {
        System.out.printf("[chat %d] " + format + "%n", prepend(options.shard(), args));
        System.out.flush();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
