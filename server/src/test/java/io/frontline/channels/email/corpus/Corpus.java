package io.frontline.channels.email.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mail test corpus in {@code src/test/corpus/mail}: raw files read as bytes and the expectation files. */
public final class Corpus {

    /** Surefire runs with the module directory as working directory. */
    public static final Path ROOT = Path.of("src/test/corpus/mail");

    public static final Path ZAMMAD = ROOT.resolve("zammad");
    public static final Path SISIMAI = ROOT.resolve("sisimai");

    private Corpus() {}

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level entries of a JSON expectation file, in file order. */
    public static Map<String, JsonNode> entries(Path json) {
        JsonNode root = JsonMapper.builder().build().readTree(bytes(json));
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        root.properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    /** A string property, or null when it is missing or JSON null. */
    public static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value.asString();
    }
}
