package io.frontline.channels.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawMailStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryByteAndStoresTheSameMessageOnce() throws Exception {
        RawMailStore store = new RawMailStore(dataDir);
        byte[] raw = {'F', 'r', 'o', 'm', ':', ' ', (byte) 0xE9, '\r', '\n', 0, (byte) 0xFF};

        String first = store.store(raw);
        String second = store.store(raw.clone());

        assertThat(second).isEqualTo(first);
        assertThat(store.read(first)).isEqualTo(raw);
        try (Stream<Path> files = Files.walk(dataDir.resolve("mail"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }
}
