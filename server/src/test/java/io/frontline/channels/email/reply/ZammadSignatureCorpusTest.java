package io.frontline.channels.email.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Zammad's signature-detection fixtures ({@code src/test/corpus/mail/zammad/email_signature_detection}): three groups
 * of three messages from one sender, and where the learned signature sits in a message. The expected values are those
 * of Zammad's spec as quoted in {@code zammad/PROVENANCE.md}.
 */
class ZammadSignatureCorpusTest {

    private static final String DIR = "zammad/email_signature_detection/";

    private static final String TEN_LINES = "Zammad keeps only the first 10 lines of the shared block (with the blank"
            + " line above it); we return the whole block, so that all of it is stripped. Ours must start with Zammad's.";
    private static final String LINE_ABOVE = "Zammad's signature string starts with the blank line above the block and"
            + " it reports that line; we report the block's first line, which is the next one.";

    /** Where we knowingly differ from upstream's expectation; each must still differ, so that a fix shrinks this. */
    static final Map<String, String> DEVIATIONS = Map.of(
            "client_a: exact 10-line block", TEN_LINES,
            "client_b: exact 10-line block", TEN_LINES,
            "client_c: exact 10-line block", TEN_LINES,
            "client_a_2 after client_a_1: line 20", LINE_ABOVE,
            "client_a_1 with Zammad's signature: line 10", LINE_ABOVE);

    private static final String SIGNATURE_A = """

            Mit freundlichen Grüßen

            Bob Smith
            Berechtigungen und dez. Department
            ________________________________

            Musik AG
            Berechtigungen und dez. Department (ITPBM)
            Kastanien 2""";

    private static final String SIGNATURE_B = """

            Freundliche Grüße

            Günter Lässig
            Lokale Daten

            Music GmbH
            Baustraße 123, 12345 Max City
            Telefon 0123 5432114
            Telefax 0123 5432139""";

    private static final String SIGNATURE_C = """

            ChristianSmith
            Technik

            Tel: +49 12 34 56 78 441
            Fax: +49 12 34 56 78 499
            Email: Christian.Smith@example.com
            Web: www.example.com
            ABC KFZ- und Flugzeug B.V. & Co. KG
            Hauptverwaltung""";

    private static final SignatureDetector DETECTOR = new SignatureDetector();
    private static final ReplyExtractor EXTRACTOR = new ReplyExtractor();

    static Stream<String> cases() {
        return Stream.of(
                "client_a: block from 'Mit freundlichen Grüßen' through 'Kastanien 2'",
                "client_b: block from 'Freundliche Grüße' through 'Telefax 0123 5432139'",
                "client_c: block from 'ChristianSmith' through 'Hauptverwaltung'",
                "client_a: exact 10-line block",
                "client_b: exact 10-line block",
                "client_c: exact 10-line block",
                "client_a_2 after client_a_1: line 20",
                "client_a_1 with Zammad's signature: line 10");
    }

    @Test
    void coversEveryGroup() {
        assertThat(cases()).hasSize(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meetsUpstreamExpectation(String name) {
        boolean met = switch (name.substring(0, name.indexOf(':'))) {
            case "client_a" -> group("client_a", false, SIGNATURE_A, name.contains("exact"));
            case "client_b" -> group("client_b", false, SIGNATURE_B, name.contains("exact"));
            case "client_c" -> group("client_c", true, SIGNATURE_C, name.contains("exact"));
            case "client_a_2 after client_a_1" -> {
                String first = Corpus.utf8(DIR + "client_a_1.txt");
                String second = Corpus.utf8(DIR + "client_a_2.txt");
                String signature =
                        DETECTOR.findCommonSignature(List.of(first, second)).orElseThrow();
                yield lineMatches(signature, second, 20);
            }
            case "client_a_1 with Zammad's signature" ->
                lineMatches(SIGNATURE_A, Corpus.utf8(DIR + "client_a_1.txt"), 10);
            default -> throw new IllegalStateException(name);
        };
        if (DEVIATIONS.containsKey(name)) {
            assertThat(met)
                    .as("deviation no longer occurs; remove it from DEVIATIONS: " + name)
                    .isFalse();
        } else {
            assertThat(met).as(name).isTrue();
        }
    }

    /**
     * Learns the group's signature, checks that it starts with Zammad's block, and that it is stripped from each of
     * the three messages; {@code exact} answers whether it equals Zammad's block instead.
     */
    private static boolean group(String prefix, boolean html, String zammad, boolean exact) {
        String extension = html ? ".html" : ".txt";
        List<String> messages = Stream.of("_1", "_2", "_3")
                .map(n -> Corpus.utf8(DIR + prefix + n + extension))
                .toList();
        String signature = html
                ? DETECTOR.findCommonSignatureInHtml(messages).orElseThrow()
                : DETECTOR.findCommonSignature(messages).orElseThrow();
        String ours = html ? Corpus.squeeze(signature) : signature;
        String theirs = html ? Corpus.squeeze(zammad) : zammad.strip();
        assertThat(ours).startsWith(theirs);

        String firstLine = signature.lines().findFirst().orElseThrow();
        String lastLine = zammad.strip().lines().reduce((a, b) -> b).orElseThrow();
        for (String message : messages) {
            SenderHints known = SenderHints.NONE.withKnownSignature(signature);
            ExtractedReply result = html ? EXTRACTOR.fromHtml(message, known) : EXTRACTOR.fromText(message, known);
            assertThat(result.signature()).startsWith(firstLine);
            assertThat(result.reply()).doesNotContain(lastLine).isNotBlank();
        }
        return exact ? ours.equals(theirs) : ours.startsWith(theirs);
    }

    /** Zammad's line is the blank line above the block; ours must be the block's first line just below it. */
    private static boolean lineMatches(String signature, String text, int zammadLine) {
        int line = DETECTOR.findSignatureLine(signature, text);
        List<String> lines = text.lines().toList();
        assertThat(line).isEqualTo(zammadLine + 1);
        assertThat(lines.get(zammadLine - 1)).isBlank();
        return line == zammadLine;
    }
}
