package io.frontline.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migration that adds ticket_field_value fills it from the JSON of existing tickets, alike on H2 and PostgreSQL. */
class FieldValueMigrationIT {

    private static final String[] LOCATIONS = {
        "classpath:db/migration/identity",
        "classpath:db/migration/audit",
        "classpath:db/migration/web",
        "classpath:db/migration/customers",
        "classpath:db/migration/tickets"
    };

    @Test
    void backfillsTheValuesOfDefinedFieldsFromExistingTickets() throws SQLException {
        TestDatabase.Jdbc db = TestDatabase.emptyDatabase();
        migrate(db, "2026.11.22.21");
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement sql = connection.createStatement()) {
            sql.execute("insert into customer (id, name, created_at, updated_at)"
                    + " values (1, 'Casey', current_timestamp, current_timestamp)");
            for (String[] field : List.of(
                    new String[] {"1", "plan", "DROPDOWN"},
                    new String[] {"2", "seats", "NUMBER"},
                    new String[] {"3", "due", "DATE"},
                    new String[] {"4", "vip", "CHECKBOX"},
                    new String[] {"5", "cause", "TEXT"})) {
                sql.execute("insert into ticket_field (id, field_key, label, type, created_at, updated_at) values ("
                        + field[0] + ", '" + field[1] + "', '" + field[1] + "', '" + field[2]
                        + "', current_timestamp, current_timestamp)");
            }
            ticket(
                    sql,
                    1,
                    "{\"plan\":\"Pro\",\"seats\":12.5,\"due\":\"2026-03-01\",\"vip\":true,"
                            + "\"cause\":\"He said \\\"hi\\\" \\\\ twice\"}");
            ticket(
                    sql,
                    2,
                    "{\"seats\":-1E+3,\"vip\":false,\"unknown\":\"x\","
                            + "\"cause\":\"quotes \\\"plan\\\":\\\"fake\\\" in passing\"}");
            ticket(sql, 3, null);
            ticket(sql, 4, "{\"cause\":\"" + "x".repeat(FieldValue.MAX_TEXT + 1) + "\"}");
        }

        migrate(db, "latest");

        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("select ticket_id, field_key, text_value, number_value, date_value"
                        + " from ticket_field_value order by ticket_id, field_key")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + (rs.getObject(4) == null ? null : rs.getDouble(4)) + " " + rs.getObject(5));
            }
        }
        assertThat(rows)
                .containsExactly(
                        "1 cause he said \"hi\" \\ twice null null",
                        "1 due 2026-03-01 null 2026-03-01",
                        "1 plan pro null null",
                        "1 seats null 12.5 null",
                        "1 vip true null null",
                        "2 cause quotes \"plan\":\"fake\" in passing null null",
                        "2 seats null -1000.0 null",
                        "2 vip false null null");
    }

    private static void ticket(Statement sql, long id, String customFields) throws SQLException {
        sql.execute("insert into ticket (id, subject, requester_id, channel, status, priority, custom_fields,"
                + " created_at, updated_at) values (" + id + ", 'Ticket " + id + "', 1, 'EMAIL', 'NEW', 'NORMAL', "
                + (customFields == null ? "null" : "'" + customFields + "'")
                + ", current_timestamp, current_timestamp)");
    }

    private static void migrate(TestDatabase.Jdbc db, String target) {
        Flyway.configure()
                .dataSource(db.url(), db.user(), db.password())
                .locations(LOCATIONS)
                .target(target)
                .load()
                .migrate();
    }
}
