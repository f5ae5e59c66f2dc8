package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Email intake: the real-world corpus (client mail in many charsets and formats, bounces, auto-replies) posted raw to
 * the intake endpoint, each with a fresh Message-ID so that every post is a new message to parse, classify, thread and
 * store rather than a duplicate.
 */
public class EmailIntakeWorkload extends Workload {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^message-id:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*");
    private static final List<String> MAILS =
            corpus(Path.of(System.getProperty("bench.mailCorpus", "server/src/test/corpus/mail")));

    private long sequence;

    @Override
    String name() {
        return "email";
    }

    @Override
    Map<String, Object> nextValues() {
        String raw = MAILS.get(random.nextInt(MAILS.size()));
        String id = "Message-ID: <bench-" + (sequence++) + "-" + random.nextLong() + "@bench.invalid>";
        Matcher existing = MESSAGE_ID.matcher(raw);
        String fresh = existing.find()
                ? raw.substring(0, existing.start()) + id + raw.substring(existing.end())
                : id + "\r\n" + raw;
        return Map.of("token", anyToken(), "mail", fresh.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .post("/api/v1/channels/email/inbound")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "message/rfc822")
                .body(ByteArrayBody("#{mail}"))
                .check(status().is(202)));
    }

    /** Every message of the corpus, as Latin-1 text so that any byte survives the round trip unchanged. */
    static List<String> corpus(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> mails = files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return name.endsWith(".box")
                                || name.endsWith(".eml")
                                || f.toString().contains("maildir");
                    })
                    .sorted()
                    .map(f -> {
                        try {
                            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
            if (mails.isEmpty()) {
                throw new IllegalStateException("no mail under " + root + "; set -Dbench.mailCorpus");
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mail corpus under " + root, e);
        }
    }
}
