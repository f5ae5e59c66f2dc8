package io.frontline.bench.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A slice of the dataset that references only itself and earlier chunks, so that writing its tables in {@link Table}
 * order keeps every foreign key satisfied.
 */
public final class Chunk {

    private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

    void add(Table table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table + " takes " + table.columns().size() + " values");
        }
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    /** The tables that have rows in this chunk, in load order. */
    public Map<Table, List<Object[]>> rows() {
        return rows;
    }

    public List<Object[]> rows(Table table) {
        return rows.getOrDefault(table, List.of());
    }

    public long size() {
        return rows.values().stream().mapToLong(List::size).sum();
    }
}
