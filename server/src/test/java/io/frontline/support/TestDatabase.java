package io.frontline.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database for integration tests from the system property {@code frontline.test.db}: an in-memory H2 by
 * default, or the PostgreSQL server on 127.0.0.1:5432 (database {@code test}) with {@code postgres}, where each test
 * context migrates a fresh schema of its own with the same Flyway migrations.
 */
public final class TestDatabase {

    private TestDatabase() {}

    private static final String SCHEMA_PREFIX = "frontline_test_";
    private static boolean staleSchemasDropped;

    private static String postgresUrl() {
        return System.getProperty("frontline.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static String postgresUser() {
        return System.getProperty("frontline.test.postgres.user", "postgres");
    }

    /** Each test context migrates its own schema; schemas left by earlier runs go once, before the first context. */
    private static synchronized void dropStaleSchemasOnce() {
        if (staleSchemasDropped) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "");
                Statement statement = connection.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select nspname from pg_namespace where nspname like '" + SCHEMA_PREFIX + "%'")) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
            for (String schema : stale) {
                statement.execute("drop schema " + schema + " cascade");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the integration tests is not reachable", e);
        }
        staleSchemasDropped = true;
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("frontline.test.db"));
    }

    public static void register(DynamicPropertyRegistry registry) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("frontline-test-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        registry.add("frontline.data-dir", dataDir::toString);
        if (postgres()) {
            dropStaleSchemasOnce();
            String schema = SCHEMA_PREFIX
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            registry.add("spring.datasource.url", () -> postgresUrl() + "?currentSchema=" + schema);
            registry.add("spring.datasource.username", TestDatabase::postgresUser);
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.schemas", () -> schema);
            registry.add("spring.flyway.create-schemas", () -> "true");
            registry.add("spring.flyway.clean-disabled", () -> "false");
        } else {
            registry.add(
                    "spring.datasource.url", () -> "jdbc:h2:mem:frontline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
    }

    /** Where a test that runs the migrations itself finds an empty database. */
    public record Jdbc(String url, String user, String password) {}

    /**
     * An empty database of its own, without an application context: an in-memory H2, or a new schema on the
     * PostgreSQL server (dropped with the other test schemas at the start of the next run).
     */
    public static Jdbc emptyDatabase() {
        if (!postgres()) {
            return new Jdbc("jdbc:h2:mem:frontline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        dropStaleSchemasOnce();
        String schema =
                SCHEMA_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the integration tests is not reachable", e);
        }
        return new Jdbc(postgresUrl() + "?currentSchema=" + schema, postgresUser(), "");
    }

    /** Makes sure a context starts from an empty schema even if its schema name was used before. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class CleanSchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                if (postgres()) {
                    flyway.clean();
                }
                flyway.migrate();
            };
        }
    }
}
