package io.frontline.bench.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** All rows of a generated dataset held in memory, for checks on small sizes. */
final class GeneratedRows {

    static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuu5E0rJ2k7KXQ4h5vY6wM1a2b3c4d5e6f";

    private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

    static GeneratedRows of(DatasetSpec spec) {
        return of(spec, 1_000);
    }

    static GeneratedRows of(DatasetSpec spec, int ticketsPerChunk) {
        GeneratedRows all = new GeneratedRows();
        new DatasetGenerator(spec, HASH)
                .generate(
                        ticketsPerChunk,
                        chunk -> chunk.rows()
                                .forEach((table, list) -> all.rows
                                        .computeIfAbsent(table, t -> new ArrayList<>())
                                        .addAll(list)));
        return all;
    }

    List<Object[]> of(Table table) {
        return rows.getOrDefault(table, List.of());
    }

    static Object value(Table table, Object[] row, String column) {
        int index = table.columns().indexOf(column);
        if (index < 0) throw new IllegalArgumentException(table + " has no column " + column);
        return row[index];
    }

    /** SHA-256 over the COPY text of each table, so two datasets compare byte for byte. */
    Map<Table, String> digests() {
        Map<Table, String> digests = new EnumMap<>(Table.class);
        rows.forEach((table, list) -> {
            StringBuilder text = new StringBuilder();
            list.forEach(row -> CopyText.appendRow(text, row));
            digests.put(table, sha256(text.toString()));
        });
        return digests;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
