package io.frontline.bench.data;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Command line: migrates an empty database with the server's Flyway migrations and loads a generated dataset into it.
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * ./mvnw -q -pl bench compile exec:java -Dexec.mainClass=io.frontline.bench.data.Generate \
 *     -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/frontline_bench --user postgres --size full --seed 42"
 * </pre>
 *
 * See the "Dataset generator" section of {@code docs/performance.md}.
 */
public final class Generate {

    /** The server's folder of migrations for one database only, as its {@code {vendor}} location resolves it. */
    static String vendorFolder(String url) {
        return "vendor/" + (url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2");
    }

    /** Every folder of the server's migrations, in the server's order (a server finds none of them pending). */
    static final List<String> MIGRATION_FOLDERS =
            List.of("identity", "audit", "web", "customers", "tickets", "channels", "automation");

    private static final List<String> OWNED_TABLES = List.of("ticket", "customer", "organization", "agent", "team");

    record Options(
            String url,
            String user,
            String password,
            String size,
            long seed,
            String agentPassword,
            Path migrations,
            boolean fresh,
            int backlog,
            Instant endsAt) {

        DatasetSpec spec() {
            return DatasetSpec.named(size, seed).withBacklog(backlog, endsAt);
        }
    }

    private Generate() {}

    public static void main(String[] args) {
        // Flyway's per-migration INFO lines drown the progress report; its warnings still show.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        }
        int status;
        try {
            Options options = parse(args);
            if (options == null) {
                usage(System.out);
                status = 0;
            } else {
                run(options, System.out);
                status = 0;
            }
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage());
            usage(System.err);
            status = 2;
        } catch (Exception e) {
            System.err.println("error: " + describe(e));
            status = 1;
        }
        System.exit(status);
    }

    static void run(Options options, PrintStream out) throws Exception {
        DatasetSpec spec = options.spec();
        out.printf(
                Locale.ROOT,
                "Dataset %s, seed %d: %,d organizations, %,d customers, %,d tickets, ~%,d messages, %d agents%n",
                spec.name(),
                spec.seed(),
                spec.organizations(),
                spec.customers(),
                spec.tickets(),
                spec.messages(),
                spec.agents() + 1);
        if (spec.backlog() > 0) {
            out.printf(
                    Locale.ROOT,
                    "Backlog: the newest %,d tickets wait as of %s (new, open, pending, on hold, with SLA clocks);"
                            + " older ones are closed%n",
                    spec.backlog(),
                    spec.endsAt());
        }
        Flyway flyway = Flyway.configure()
                .dataSource(options.url(), options.user(), options.password())
                .locations(Stream.concat(MIGRATION_FOLDERS.stream(), Stream.of(vendorFolder(options.url())))
                        .map(folder -> "filesystem:" + options.migrations().resolve(folder))
                        .toArray(String[]::new))
                .cleanDisabled(!options.fresh())
                .load();
        if (options.fresh()) {
            out.println("Fresh: dropping everything in the target schema");
            flyway.clean();
        }
        int applied = flyway.migrate().migrationsExecuted;
        out.println("Flyway: " + applied + " migration(s) applied from " + options.migrations());
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(options.agentPassword());
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            refuseIfNotEmpty(connection);
            try (BulkWriter writer = DatasetLoader.writerFor(connection)) {
                DatasetLoader.Result result =
                        new DatasetLoader(out).load(new DatasetGenerator(spec, hash), spec, writer);
                out.printf(
                        Locale.ROOT,
                        "Done in %.1f s: %,d rows (%,.0f rows/s)%n",
                        result.elapsed().toMillis() / 1000.0,
                        result.totalRows(),
                        result.totalRows() / Math.max(result.elapsed().toMillis() / 1000.0, 0.001));
                result.rows()
                        .forEach(
                                (table, count) -> out.printf(Locale.ROOT, "  %-20s %,12d%n", table.tableName(), count));
            }
        }
        SearchReindex.run(out);
        out.println("Agents sign in as " + DatasetGenerator.ADMIN_EMAIL + " or agent1..agent" + spec.agents()
                + "@bench.local with the agent password.");
    }

    static void refuseIfNotEmpty(Connection connection) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : OWNED_TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    if (rows.getLong(1) > 0) found.put(table, rows.getLong(1));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("the database already holds data " + found
                    + "; the generator only loads into an empty schema, pass --fresh to wipe it first");
        }
    }

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean fresh = false;
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--help") || arg.equals("-h")) return null;
            if (arg.equals("--fresh")) {
                fresh = true;
                continue;
            }
            if (!arg.startsWith("--")) throw new UsageException("unexpected argument '" + arg + "'");
            String key;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                key = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else {
                if (i + 1 >= rest.size()) throw new UsageException(arg + " needs a value");
                key = arg.substring(2);
                value = rest.get(++i);
            }
            if (!List.of(
                            "url",
                            "user",
                            "password",
                            "size",
                            "seed",
                            "agent-password",
                            "migrations",
                            "backlog",
                            "ends-at")
                    .contains(key)) {
                throw new UsageException("unknown option --" + key);
            }
            values.put(key, value);
        }
        String url = values.get("url");
        if (url == null) throw new UsageException("--url is required");
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new UsageException("--url must be a jdbc:postgresql: or jdbc:h2: URL");
        }
        long seed;
        try {
            seed = Long.parseLong(values.getOrDefault("seed", "42"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number");
        }
        String size = values.getOrDefault("size", "small");
        try {
            DatasetSpec.named(size, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Instant endsAt;
        try {
            String end = values.getOrDefault("ends-at", DatasetSpec.DEFAULT_END.toString());
            endsAt = end.equals("now") ? Instant.now().truncatedTo(ChronoUnit.MINUTES) : Instant.parse(end);
        } catch (DateTimeParseException e) {
            throw new UsageException("--ends-at must be an instant such as 2026-12-07T00:00:00Z, or now");
        }
        int backlog;
        try {
            backlog = Integer.parseInt(values.getOrDefault("backlog", "0"));
            DatasetSpec.named(size, seed).withBacklog(backlog, endsAt);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--backlog must be a whole number from 0 to the tickets of the size");
        }
        Path migrations = values.containsKey("migrations") ? Path.of(values.get("migrations")) : defaultMigrations();
        if (!Files.isDirectory(migrations.resolve("tickets"))) {
            throw new UsageException("no migrations at " + migrations.toAbsolutePath()
                    + " (expected the server's db/migration folder); pass --migrations");
        }
        return new Options(
                url,
                values.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres"),
                values.getOrDefault("password", ""),
                size,
                seed,
                values.getOrDefault("agent-password", "bench-password"),
                migrations.toAbsolutePath().normalize(),
                fresh,
                backlog,
                endsAt);
    }

    /** exec:java runs in the directory Maven was started from: the repository root or the bench module. */
    static Path defaultMigrations() {
        Path inServer = Path.of("server", "src", "main", "resources", "db", "migration");
        for (Path candidate : List.of(inServer, Path.of("..").resolve(inServer))) {
            if (Files.isDirectory(candidate)) return candidate;
        }
        return Path.of("..").resolve(inServer);
    }

    private static void usage(PrintStream out) {
        out.println("""
                usage: Generate --url JDBC_URL [options]
                  --url URL               jdbc:postgresql://host:5432/db or jdbc:h2:file:/path/db
                  --user USER             database user (default postgres, or sa for H2)
                  --password PASSWORD     database password (default empty)
                  --size SIZE             tiny, small, medium or full (default small)
                  --seed N                random seed (default 42); the same seed gives the same rows
                  --agent-password PW     password of every generated agent (default bench-password)
                  --migrations DIR        the server's db/migration folder (default: found from the repository)
                  --backlog N             the newest N tickets wait (new, open, pending, on hold) with SLA clocks, in a
                                          steady state for the typical time rules; older tickets are closed (default 0)
                  --ends-at INSTANT       when the dataset ends (default 2026-11-01T00:00:00Z; "now" for a backlog that
                                          the automation workload uses right away)
                  --fresh                 drop everything in the target schema first
                """);
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append("\n  caused by: ").append(cause);
        }
        return message.toString();
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
