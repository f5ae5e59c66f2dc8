package io.frontline.channels.email.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Raw messages exactly as received, gzip-compressed under {@code <data-dir>/mail/raw/ab/cd/<sha256>.eml.gz}. A message
 * is written to a temporary file, forced to disk and moved into place before its row is committed, so what a customer
 * sent survives any failure that follows.
 */
@Component
public class RawMailStore {

    private final Path root;

    RawMailStore(@Value("${frontline.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("mail").resolve("raw");
    }

    /** Stores the bytes and answers their SHA-256; storing the same message twice keeps one file. */
    public String store(byte[] raw) {
        String sha = sha256(raw);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "raw-", ".part");
            try {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
                    out.write(raw);
                }
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a raw message", e);
        }
    }

    public byte[] read(String sha256) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path(sha256)))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read raw message " + sha256, e);
        }
    }

    private Path path(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha + ".eml.gz");
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
