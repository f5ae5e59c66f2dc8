package io.frontline.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database for integration tests from the system property {@code frontline.test.db}: an in-memory H2 by
 * default, or the PostgreSQL server on 127.0.0.1:5432 (database {@code test}) with {@code postgres}, whose schema is
 * wiped and migrated afresh by the same Flyway migrations.
 */
public final class TestDatabase {

    private TestDatabase() {}

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
            registry.add(
                    "spring.datasource.url",
                    () -> System.getProperty("frontline.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test"));
            registry.add(
                    "spring.datasource.username", () -> System.getProperty("frontline.test.postgres.user", "postgres"));
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.clean-disabled", () -> "false");
        } else {
            registry.add(
                    "spring.datasource.url", () -> "jdbc:h2:mem:frontline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
    }

    /** On PostgreSQL the database outlives the test run, so each run starts from an empty schema. */
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
