package io.frontline.channels.email.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.channels.email.corpus.CaseAssertions;
import io.frontline.channels.email.corpus.SisimaiCheck;
import io.frontline.channels.email.mime.MailParser;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The classifier against Sisimai's bounce and auto-reply collection ({@code src/test/corpus/mail/sisimai}), one case
 * per file, compared by the rules in {@link SisimaiCheck}. Expectations we deliberately do not reproduce are listed,
 * with reasons, in {@link SisimaiCheck#DEVIATIONS}.
 */
class SisimaiCorpusTest {

    private static final MailParser PARSER = new MailParser();
    private static final MailClassifier CLASSIFIER = new MailClassifier();
    private static final Map<String, JsonNode> EXPECTED = SisimaiCheck.expectations();

    static Stream<Arguments> files() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void classifiesAsSisimaiExpects(String file, JsonNode expected) {
        MailClassification classification = CLASSIFIER.classify(PARSER.parse(SisimaiCheck.raw(file)));

        CaseAssertions.assertCase(
                SisimaiCheck.check(file, expected, classification),
                Set.copyOf(SisimaiCheck.FIELDS),
                SisimaiCheck.DEVIATIONS.getOrDefault(file, Map.of()));
    }

    @Test
    void deviationsNameExistingFiles() {
        assertThat(EXPECTED.keySet()).containsAll(SisimaiCheck.DEVIATIONS.keySet());
    }
}
