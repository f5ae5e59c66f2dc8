package io.frontline.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The layout of the fields in the Lucene index that this version writes. Lucene refuses documents whose field options
 * (term vectors, offsets) differ from those already in an index, so an index written in another layout is deleted
 * before Hibernate Search opens it, and rebuilt from the database once the application has started.
 *
 * <p>Layouts: none (no marker file; until 2026-11-22) stored term vectors with positions and offsets for every
 * highlighted text field; {@code 2} stores none, since highlighting uses the plain highlighter, which re-analyses the
 * stored text.
 */
public final class IndexFormat {

    static final String CURRENT = "2";
    static final String MARKER = "frontline-index-format";

    private static final Logger log = LoggerFactory.getLogger(IndexFormat.class);

    private final boolean rebuildNeeded;

    IndexFormat(boolean rebuildNeeded) {
        this.rebuildNeeded = rebuildNeeded;
    }

    /** Whether an index in another layout was deleted at start-up, so the index must be rebuilt. */
    public boolean rebuildNeeded() {
        return rebuildNeeded;
    }

    /**
     * Makes {@code root} hold an index in the current layout: keeps it when its marker names the current layout,
     * otherwise deletes everything in it and writes the marker. Returns whether something was deleted.
     */
    static boolean prepare(Path root) throws IOException {
        Path marker = root.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(CURRENT)) {
            return false;
        }
        boolean deleted = false;
        if (Files.isDirectory(root)) {
            List<Path> children;
            try (Stream<Path> list = Files.list(root)) {
                children = list.toList();
            }
            for (Path child : children) {
                deleteRecursively(child);
                deleted = true;
            }
        }
        Files.createDirectories(root);
        Files.writeString(marker, CURRENT + "\n");
        return deleted;
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Setup {

        static final String ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

        /** Checked before Hibernate Search opens the index, that is before the entity manager factory exists. */
        @Bean("searchIndexFormat")
        IndexFormat searchIndexFormat(Environment environment) {
            String root = environment.getProperty(ROOT);
            if (root == null || root.isBlank()) {
                return new IndexFormat(false);
            }
            try {
                boolean deleted = prepare(Path.of(root));
                if (deleted) {
                    log.warn(
                            "The search index in {} was written by an older version in another layout; deleted it, it"
                                    + " is rebuilt from the database after start-up",
                            root);
                }
                return new IndexFormat(deleted);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not prepare the search index directory " + root, e);
            }
        }

        @Bean
        static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryDependsOnSearchIndexFormat() {
            return new EntityManagerFactoryDependsOnPostProcessor("searchIndexFormat");
        }
    }
}
