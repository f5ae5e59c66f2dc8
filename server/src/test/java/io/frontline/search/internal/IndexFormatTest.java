package io.frontline.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFormatTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewInstallationGetsTheMarkerAndNeedsNoRebuild() throws Exception {
        Path root = dataDir.resolve("index");

        assertThat(IndexFormat.prepare(root)).isFalse();

        assertThat(Files.readString(root.resolve(IndexFormat.MARKER)).strip()).isEqualTo(IndexFormat.CURRENT);
    }

    @Test
    void anIndexWithoutTheMarkerWasWrittenInTheOldLayoutAndIsDeleted() throws Exception {
        Path root = dataDir.resolve("index");
        Files.createDirectories(root.resolve("ticket"));
        Files.writeString(root.resolve("ticket/segments_1"), "old");

        assertThat(IndexFormat.prepare(root)).isTrue();

        assertThat(root.resolve("ticket")).doesNotExist();
        assertThat(Files.readString(root.resolve(IndexFormat.MARKER)).strip()).isEqualTo(IndexFormat.CURRENT);
    }

    @Test
    void anIndexInAnotherLayoutIsDeleted() throws Exception {
        Path root = dataDir.resolve("index");
        Files.createDirectories(root.resolve("message"));
        Files.writeString(root.resolve("message/segments_2"), "other");
        Files.writeString(root.resolve(IndexFormat.MARKER), "1\n");

        assertThat(IndexFormat.prepare(root)).isTrue();

        assertThat(root.resolve("message")).doesNotExist();
    }

    @Test
    void anIndexInTheCurrentLayoutIsKept() throws Exception {
        Path root = dataDir.resolve("index");
        IndexFormat.prepare(root);
        Files.createDirectories(root.resolve("ticket"));
        Files.writeString(root.resolve("ticket/segments_3"), "current");

        assertThat(IndexFormat.prepare(root)).isFalse();

        assertThat(root.resolve("ticket/segments_3")).hasContent("current");
    }
}
