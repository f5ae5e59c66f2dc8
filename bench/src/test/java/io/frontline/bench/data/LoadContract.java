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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every bulk writer must achieve: a tiny dataset loaded through the command line, with the server's migrations,
 * ends up complete and consistent in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoadContract {

    private final GeneratedRows expected = GeneratedRows.of(DatasetSpec.tiny(42));
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    abstract String url();

    abstract String user();

    abstract String nextValueQuery(String sequence);

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
        assertThat(number("select count(*) from message m left join ticket t on t.id = m.ticket_id where t.id is null"))
                .isZero();
        assertThat(
                        number(
                                "select count(*) from ticket t left join customer c on c.id = t.requester_id where c.id is null"))
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
            // a table the dataset leaves empty (the SLA clocks without a backlog) keeps its sequence as migrated
            if (table.sequence() == null || expected.of(table).isEmpty()) continue;
            long max = number("select coalesce(max(id), 0) from " + table.tableName());
            assertThat(number(nextValueQuery(table.sequence())))
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
    void textAndTimestampsSurviveTheRoundTrip() throws SQLException {
        Object[] japanese = expected.of(Table.MESSAGE).stream()
                .filter(row -> ((String) GeneratedRows.value(Table.MESSAGE, row, "body_text")).contains("。"))
                .findFirst()
                .orElseThrow();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select body_text, created_at from message where id = " + japanese[0])) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(GeneratedRows.value(Table.MESSAGE, japanese, "body_text"));
            assertThat(rows.getObject(2, OffsetDateTime.class).toInstant())
                    .isEqualTo(GeneratedRows.value(Table.MESSAGE, japanese, "created_at"));
        }
    }

    @Test
    void theLoadReportsProgressAndHowToBuildTheSearchIndex() {
        assertThat(output.toString(StandardCharsets.UTF_8))
                .containsPattern("Flyway: [1-9][0-9]* migration\\(s\\) applied")
                .contains("ticket_event")
                .contains("Search index: not built by the generator")
                .contains("--frontline.search.reindex=true");
    }

    @Test
    void aSecondLoadIsRefusedUnlessFresh() {
        assertThatThrownBy(() -> Generate.run(options(), new PrintStream(new ByteArrayOutputStream())))
                .hasMessageContaining("already holds data")
                .hasMessageContaining("--fresh");
    }

    private Generate.Options options(String... extra) {
        List<String> args = new ArrayList<>(List.of("--url", url(), "--user", user(), "--size", "tiny"));
        args.addAll(List.of(extra));
        return Generate.parse(args.toArray(String[]::new));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), "");
    }

    private long number(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }
}
