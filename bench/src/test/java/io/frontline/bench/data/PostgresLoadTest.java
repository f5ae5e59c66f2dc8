package io.frontline.bench.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs with {@code -Dfrontline.test.db=postgres}, like the server's PostgreSQL tests, against the {@code test}
 * database on 127.0.0.1; it loads into a schema of its own and drops only that schema.
 */
@EnabledIfSystemProperty(named = "frontline.test.db", matches = "postgres")
class PostgresLoadTest extends LoadContract {

    private static final String SERVER =
            System.getProperty("frontline.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String schema =
            "bench_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresLoadTest() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        }
    }

    @Override
    String url() {
        return SERVER + "?currentSchema=" + schema;
    }

    @Override
    String user() {
        return System.getProperty("frontline.test.postgres.user", "postgres");
    }

    @Override
    String nextValueQuery(String sequence) {
        return "select nextval('" + sequence + "')";
    }
}
