package io.frontline.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Batched prepared inserts, committed every {@value #BATCH} rows; H2 has no COPY. */
final class H2BatchWriter implements BulkWriter {

    static final int BATCH = 1_000;

    private final Connection connection;

    H2BatchWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    @Override
    public void write(Table table, List<Object[]> rows) throws SQLException {
        String placeholders =
                String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        String sql = "insert into " + table.tableName() + " (" + table.columnList() + ") values (" + placeholders + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object value = row[i];
                    statement.setObject(
                            i + 1,
                            value instanceof Instant instant
                                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                                    : value);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
                connection.commit();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    @Override
    public void restartSequence(String sequence, long nextValue) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter sequence " + sequence + " restart with " + nextValue);
        }
        connection.commit();
    }

    @Override
    public void analyze(Collection<Table> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Table table : tables) statement.execute("analyze table " + table.tableName());
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
