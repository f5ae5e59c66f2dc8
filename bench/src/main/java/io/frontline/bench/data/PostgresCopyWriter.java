package io.frontline.bench.data;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Streams rows through {@code COPY ... FROM STDIN}, a few hundred kilobytes at a time. */
final class PostgresCopyWriter implements BulkWriter {

    private static final int FLUSH_AT = 256 * 1024;

    private final Connection connection;
    private final CopyManager copy;

    PostgresCopyWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
        // A lost tail after a crash only means loading again; not waiting for each WAL flush is worth it.
        try (Statement statement = connection.createStatement()) {
            statement.execute("set synchronous_commit = off");
        }
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    public void write(Table table, List<Object[]> rows) throws SQLException {
        CopyIn in = copy.copyIn("COPY " + table.tableName() + " (" + table.columnList() + ") FROM STDIN");
        try {
            StringBuilder buffer = new StringBuilder(FLUSH_AT + 8192);
            for (Object[] row : rows) {
                CopyText.appendRow(buffer, row);
                if (buffer.length() >= FLUSH_AT) flush(in, buffer);
            }
            flush(in, buffer);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    private static void flush(CopyIn in, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void restartSequence(String sequence, long nextValue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select setval(?, ?, false)")) {
            statement.setString(1, sequence);
            statement.setLong(2, nextValue);
            statement.execute();
        }
    }

    @Override
    public void analyze(Collection<Table> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze "
                    + String.join(", ", tables.stream().map(Table::tableName).toList()));
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
