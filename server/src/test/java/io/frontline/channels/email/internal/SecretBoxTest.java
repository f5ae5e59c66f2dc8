package io.frontline.channels.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    private static String key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void sealedSecretsOpenAgainButNeverReadAsPlainText() {
        SecretBox box = new SecretBox(key(7), dataDir);

        String sealed = box.seal("imap-password");

        assertThat(sealed).startsWith("v1:").doesNotContain("imap-password");
        assertThat(box.seal("imap-password")).isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo("imap-password");
    }

    @Test
    void anotherKeyCannotOpenThem() {
        String sealed = new SecretBox(key(7), dataDir).seal("smtp-password");

        assertThatThrownBy(() -> new SecretBox(key(8), dataDir).open(sealed))
                .hasMessageContaining("cannot be decrypted");
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKept() throws Exception {
        String sealed = new SecretBox("", dataDir).seal("secret");

        assertThat(Files.exists(dataDir.resolve("secret.key"))).isTrue();
        assertThat(new SecretBox("", dataDir).open(sealed)).isEqualTo("secret");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16]), dataDir))
                .hasMessageContaining("32 bytes");
    }
}
