package io.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world message of the corpus (client mail in odd charsets, S/MIME, bounces of many MTAs, auto-replies)
 * through the raw intake: each is answered 202 with an outcome, none fails with a server error, and one that is
 * quarantined says why. This is the "nothing lost, nothing half-written" promise on real mail.
 */
class CorpusIntakeIT extends ApiTest {

    private static final Path CORPUS = Path.of("src/test/corpus/mail");
    private static final Set<String> OUTCOMES = Set.of("created", "threaded", "auto_reply", "bounce", "quarantined");

    static Stream<Path> messages() throws IOException {
        try (Stream<Path> zammad = Files.list(CORPUS.resolve("zammad/mail"));
                Stream<Path> sisimai = Files.walk(CORPUS.resolve("sisimai/maildir"))) {
            List<Path> all = Stream.concat(
                            zammad.filter(p -> p.toString().endsWith(".box")), sisimai.filter(Files::isRegularFile))
                    .sorted()
                    .toList();
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void everyRealWorldMessageIsTakenInWithAnOutcome(Path file) throws IOException {
        Api.Response response =
                admin.postRaw("/api/v1/channels/email/inbound", "message/rfc822", Files.readAllBytes(file));

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        String outcome = response.json().get("outcome").asString();
        assertThat(outcome).isIn(OUTCOMES);
        if (outcome.equals("quarantined")) {
            long id = response.json().get("inboundId").asLong();
            assertThat(admin.get("/api/v1/channels/email/inbound/" + id)
                            .json()
                            .get("error")
                            .asString())
                    .isNotBlank();
        }
        if (outcome.equals("created") || outcome.equals("threaded")) {
            assertThat(response.json().get("messageId").isNull()).isFalse();
        }
    }
}
