package io.frontline.bench.data;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** Writes generated rows into a database as fast as that database allows. */
public interface BulkWriter extends AutoCloseable {

    /** Appends rows to one table; rows of one call are durable when it returns. */
    void write(Table table, List<Object[]> rows) throws SQLException;

    /** Moves a sequence so that the next value it hands out is {@code nextValue}. */
    void restartSequence(String sequence, long nextValue) throws SQLException;

    /** Refreshes planner statistics of the loaded tables. */
    void analyze(Collection<Table> tables) throws SQLException;

    @Override
    void close() throws SQLException;
}
