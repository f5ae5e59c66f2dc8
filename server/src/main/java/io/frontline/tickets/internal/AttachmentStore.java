package io.frontline.tickets.internal;

import io.frontline.kernel.PayloadTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps attachment bytes under {@code <data-dir>/attachments/ab/cd/<sha256>}: the same file is stored once, a file is
 * written to a temporary name and moved into place, so a crash never leaves half a file under a real name.
 */
@Component
public class AttachmentStore {

    public record Stored(String sha256, long size) {}

    private final Path root;
    private final long maxSize;

    AttachmentStore(
            @Value("${frontline.data-dir}") Path dataDir,
            @Value("${frontline.attachments.max-size}") DataSize maxSize) {
        this.root = dataDir.resolve("attachments");
        this.maxSize = maxSize.toBytes();
    }

    public long maxSize() {
        return maxSize;
    }

    public Stored store(InputStream content) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    size = copyBounded(content, out);
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = path(sha);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Stored(sha, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store attachment", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    private long copyBounded(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxSize) {
                throw new PayloadTooLargeException("An attachment may be at most " + maxSize + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }
}
