package io.frontline.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.channels.email.corpus.CaseAssertions;
import io.frontline.channels.email.corpus.ZammadCheck;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The parser against Zammad's parser fixtures ({@code src/test/corpus/mail/zammad}), one case per message, compared
 * by the rules in {@link ZammadCheck}. Expectations we deliberately do not reproduce are listed, with reasons, in
 * {@link ZammadCheck#DEVIATIONS}.
 */
class ZammadCorpusTest {

    private static final MailParser PARSER = new MailParser();
    private static final Map<String, JsonNode> EXPECTED = ZammadCheck.expectations();

    static Stream<Arguments> messages() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void parsesAsZammadExpects(String name, JsonNode expected) {
        ParsedMail mail = PARSER.parse(ZammadCheck.raw(expected));

        CaseAssertions.assertCase(
                ZammadCheck.check(expected, mail),
                Set.copyOf(ZammadCheck.FIELDS),
                ZammadCheck.DEVIATIONS.getOrDefault(name, Map.of()));
    }

    @Test
    void deviationsNameExistingMessages() {
        assertThat(EXPECTED.keySet()).containsAll(ZammadCheck.DEVIATIONS.keySet());
    }
}
