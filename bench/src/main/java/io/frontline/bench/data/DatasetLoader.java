package io.frontline.bench.data;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads a generated dataset through a {@link BulkWriter}. Generation runs on its own thread a few chunks ahead of the
 * writer, so that one core builds rows while the database ingests the previous ones.
 */
public final class DatasetLoader {

    public record Result(Map<Table, Long> rows, Duration elapsed) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static final int TICKETS_PER_CHUNK = 5_000;

    private static final Chunk END = new Chunk();

    private final PrintStream progress;

    public DatasetLoader(PrintStream progress) {
        this.progress = progress;
    }

    /** Picks COPY for PostgreSQL and batched inserts for H2. */
    public static BulkWriter writerFor(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "PostgreSQL" -> new PostgresCopyWriter(connection);
            case "H2" -> new H2BatchWriter(connection);
            default -> throw new SQLException("no bulk writer for " + product + "; use PostgreSQL or H2");
        };
    }

    public Result load(DatasetGenerator generator, DatasetSpec spec, BulkWriter writer) throws Exception {
        long started = System.nanoTime();
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(3);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = Thread.ofPlatform().name("dataset-generator").daemon().start(() -> {
            try {
                generator.generate(TICKETS_PER_CHUNK, chunk -> put(queue, chunk));
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Map<Table, Long> counts = new EnumMap<>(Table.class);
        Map<Table, Long> maxIds = new EnumMap<>(Table.class);
        long written = 0;
        long lastReport = started;
        try {
            for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                for (Map.Entry<Table, List<Object[]>> entry : chunk.rows().entrySet()) {
                    Table table = entry.getKey();
                    List<Object[]> rows = entry.getValue();
                    writer.write(table, rows);
                    counts.merge(table, (long) rows.size(), Long::sum);
                    if (table.sequence() != null) {
                        maxIds.merge(table, (Long) rows.getLast()[0], Math::max);
                    }
                    written += rows.size();
                }
                long now = System.nanoTime();
                if (now - lastReport > 5_000_000_000L) {
                    report(counts, spec, written, now - started);
                    lastReport = now;
                }
            }
        } finally {
            producer.interrupt();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("generating the dataset failed", failure.get());
        }
        for (Table table : Table.values()) {
            if (table.sequence() != null && maxIds.containsKey(table)) {
                // Hibernate's pooled optimizer hands out (value - 49 .. value), so the next value must clear max + 50.
                writer.restartSequence(table.sequence(), maxIds.get(table) + 100);
            }
        }
        progress.println("Loaded " + String.format(Locale.ROOT, "%,d", written) + " rows; analyzing...");
        writer.analyze(counts.keySet());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        report(counts, spec, written, elapsed.toNanos());
        return new Result(counts, elapsed);
    }

    private void report(Map<Table, Long> counts, DatasetSpec spec, long written, long nanos) {
        double seconds = nanos / 1e9;
        progress.printf(
                Locale.ROOT,
                "%6.0fs  tickets %,d/%,d  messages %,d  events %,d  rows %,d  (%,.0f rows/s)%n",
                seconds,
                counts.getOrDefault(Table.TICKET, 0L),
                spec.tickets(),
                counts.getOrDefault(Table.MESSAGE, 0L),
                counts.getOrDefault(Table.TICKET_EVENT, 0L),
                written,
                written / Math.max(seconds, 0.001));
    }

    private static void put(BlockingQueue<Chunk> queue, Chunk chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over a chunk", e);
        }
    }
}
