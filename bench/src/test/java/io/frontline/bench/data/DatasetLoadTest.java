package io.frontline.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class DatasetLoadTest {

    private static final String URL = "jdbc:h2:mem:bench_load;DB_CLOSE_DELAY=-1";

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ATinyDatasetLoadedIntoH2ThroughTheServerMigrations {

        private final GeneratedRows expected = GeneratedRows.of(DatasetSpec.tiny(42));
        private final ByteArrayOutputStream output = new ByteArrayOutputStream();

        @BeforeAll
        void load() throws Exception {
            Generate.run(options("--fresh"), new PrintStream(output, true, StandardCharsets.UTF_8));
        }

        @Test
        void everyTableHoldsTheGeneratedRows() throws SQLException {
            for (Table table : Table.values()) {
                assertThat(number("select count(*) from " + table.tableName()))
                        .as(table.tableName())
                        .isEqualTo(expected.of(table).size());
            }
        }

        @Test
        void everyReferenceResolves() throws SQLException {
            assertThat(number("select count(*) from message m left join ticket t on t.id = m.ticket_id"
                            + " where t.id is null"))
                    .isZero();
            assertThat(number("select count(*) from ticket t left join customer c on c.id = t.requester_id"
                            + " where c.id is null"))
                    .isZero();
            assertThat(number("select count(*) from ticket t where t.assignee_id is not null"
                            + " and not exists (select 1 from team_member m where m.agent_id = t.assignee_id"
                            + " and m.team_id = t.team_id)"))
                    .isZero();
            assertThat(number("select count(*) from ticket t join customer c on c.id = t.requester_id"
                            + " where coalesce(t.organization_id, -1) <> coalesce(c.organization_id, -1)"))
                    .isZero();
        }

        @Test
        void sequencesHandOutIdsBeyondTheLoadedRows() throws SQLException {
            for (Table table : Table.values()) {
                if (table.sequence() == null) continue;
                long max = number("select coalesce(max(id), 0) from " + table.tableName());
                assertThat(number("select next value for " + table.sequence()))
                        .as(table.sequence())
                        .isGreaterThan(max + 50);
            }
        }

        @Test
        void everyStatusAndChannelIsPresent() throws SQLException {
            assertThat(strings("select distinct status from ticket"))
                    .containsExactlyInAnyOrderElementsOf(DatasetGenerator.STATUSES);
            assertThat(strings("select distinct channel from ticket"))
                    .containsExactlyInAnyOrderElementsOf(DatasetGenerator.CHANNELS);
        }

        @Test
        void messageCountEqualsTheMessagesOfEachTicket() throws SQLException {
            assertThat(number("select count(*) from ticket t where t.message_count <>"
                            + " (select count(*) from message m where m.ticket_id = t.id)"))
                    .isZero();
        }

        @Test
        void timestampsKeepTheirMicroseconds() throws SQLException {
            Object[] first = expected.of(Table.MESSAGE).getFirst();
            try (Connection connection = connect();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select created_at from message where id = 1")) {
                rows.next();
                assertThat(rows.getObject(1, java.time.OffsetDateTime.class).toInstant())
                        .isEqualTo(GeneratedRows.value(Table.MESSAGE, first, "created_at"));
            }
        }

        @Test
        void theLoadReportsProgressAndTheMissingSearchIndex() {
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("Flyway: 5 migration(s) applied")
                    .contains("ticket_event")
                    .contains("Search reindex: skipped");
        }

        @Test
        void aSecondLoadIsRefusedUnlessFresh() {
            assertThatThrownBy(() -> Generate.run(options(), new PrintStream(new ByteArrayOutputStream())))
                    .hasMessageContaining("already holds data")
                    .hasMessageContaining("--fresh");
        }
    }

    @Test
    void unknownOptionsAndSizesAreRejected() {
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", URL, "--colour", "red"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", URL, "--size", "huge"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("huge");
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", "jdbc:mysql://x/y"}))
                .isInstanceOf(Generate.UsageException.class);
    }

    @Test
    void defaultsAreSeedFortyTwoAndTheBenchPassword() {
        Generate.Options options = Generate.parse(new String[] {"--url", URL});
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.agentPassword()).isEqualTo("bench-password");
        assertThat(options.size()).isEqualTo("small");
        assertThat(options.migrations().resolve("tickets")).isDirectory();
    }

    private static Generate.Options options(String... extra) {
        List<String> args = new ArrayList<>(List.of("--url", URL, "--size", "tiny"));
        args.addAll(List.of(extra));
        return Generate.parse(args.toArray(String[]::new));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }

    private static long number(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }
}
