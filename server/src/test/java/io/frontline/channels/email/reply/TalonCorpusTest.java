package io.frontline.channels.email.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The talon fixtures ({@code src/test/corpus/mail/talon}), one case per entry of its {@code expected.json}. Talon only
 * removes quotations, so its expected text is our {@link ExtractedReply#replyWithSignature()}; its signature cases
 * compare our {@link ExtractedReply#signature()} and {@link ExtractedReply#reply()}.
 */
class TalonCorpusTest {

    /** Where we knowingly differ from upstream's expectation; each must still differ, so that a fix shrinks this. */
    static final Map<String, String> DEVIATIONS = Map.of(
            "reply-separated-by-hr.html",
            "talon drops the line 'Bob' above the <hr> because it removes the whole <div> holding the <hr>; we remove"
                    + " only the history and keep the sender's sign-off, since a lone name cannot be told from a last"
                    + " line of text without knowing the sender");

    private static final ReplyExtractor EXTRACTOR = new ReplyExtractor();
    private static final JsonNode CASES = Corpus.expectations("talon");

    static Stream<String> cases() {
        List<String> names = new ArrayList<>();
        CASES.propertyNames().forEach(names::add);
        return names.stream();
    }

    @Test
    void coversEveryFixture() {
        assertThat(cases()).hasSize(33);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meetsUpstreamExpectation(String name) {
        JsonNode spec = CASES.get(name);
        String task = spec.get("task").asString();
        boolean met;
        if (task.startsWith("plain-text reply extraction") && name.endsWith(".eml") && name.startsWith("standard")) {
            met = standardReply(name, spec);
        } else if (task.startsWith("HTML reply extraction (quote removal)")) {
            met = htmlReply(name, spec);
        } else if (spec.has("expected_html_no_whitespace")) {
            met = htmlEdgeCase(name, spec);
        } else if (name.equals("reply-quotations-share-block.eml")) {
            String result = EXTRACTOR.fromText(Corpus.utf8("talon/" + name)).replyWithSignature();
            met = !result.isBlank() && !result.contains("From");
        } else if (task.equals("signature extraction")) {
            met = strippedSignature(name, spec);
        } else if (task.startsWith("positive example")) {
            met = positiveSignature(name);
        } else {
            throw new IllegalStateException("unknown task " + task);
        }
        if (DEVIATIONS.containsKey(name)) {
            assertThat(met)
                    .as("deviation no longer occurs; remove it from DEVIATIONS: " + name)
                    .isFalse();
        } else {
            assertThat(met).as(name).isTrue();
        }
    }

    private static boolean standardReply(String name, JsonNode spec) {
        ExtractedReply result = EXTRACTOR.fromText(Corpus.firstTextPart(Corpus.bytes("talon/" + name)));
        assertThat(result.quoted())
                .as("every standard reply quotes the earlier message")
                .isNotBlank();
        String expected = spec.get("expected_reply").asString().strip();
        assertThat(result.replyWithSignature().strip()).as(name).isEqualTo(expected);
        return true;
    }

    private static boolean htmlReply(String name, JsonNode spec) {
        ExtractedReply result = EXTRACTOR.fromHtml(Corpus.utf8("talon/" + name));
        assertThat(Corpus.squeeze(result.replyWithSignature()))
                .as(name)
                .isEqualTo(Corpus.squeeze(spec.get("expected_reply").asString()));
        assertThat(Corpus.squeeze(result.quoted())).contains("Howareyou?");
        return true;
    }

    private static boolean htmlEdgeCase(String name, JsonNode spec) {
        ExtractedReply result = EXTRACTOR.fromHtml(Corpus.utf8("talon/" + name));
        if (DEVIATIONS.containsKey(name)) {
            assertThat(Corpus.squeeze(result.replyHtml()))
                    .isEqualTo("<html><head></head><body><div>Hi<div>there</div><div>Bob</div></div></body></html>");
        }
        return Corpus.squeeze(result.replyHtml())
                        .equals(spec.get("expected_html_no_whitespace").asString())
                && Corpus.squeeze(result.reply())
                        .equals(Corpus.squeeze(spec.get("expected_reply").asString()));
    }

    private static boolean strippedSignature(String name, JsonNode spec) {
        String body = Corpus.utf8("talon/" + name);
        String expected = Corpus.utf8(
                        "talon/" + spec.get("expected_signature_file").asString())
                .strip();
        ExtractedReply result =
                EXTRACTOR.fromText(body, sender(spec.get("sender_file").asString()));
        assertThat(result.signature().strip()).as(name).isEqualTo(expected);
        String rest = body.strip();
        assertThat(rest).endsWith(expected);
        assertThat(result.reply().strip())
                .isEqualTo(rest.substring(0, rest.length() - expected.length()).strip());
        return true;
    }

    /** Labelled examples: "#sig#" marks signature lines. The labels are annotations, so they are removed first. */
    private static boolean positiveSignature(String name) {
        String labelled = Corpus.utf8("talon/" + name);
        String senderFile = name.replace("_body", "_sender");
        SenderHints hints = senderFile.equals(name) ? SenderHints.NONE : sender(senderFile);
        ExtractedReply result = EXTRACTOR.fromText(labelled.replace("#sig#", "").replace("#reply#", ""), hints);
        List<String> signatureLines = labelled.lines()
                .filter(line -> line.startsWith("#sig#"))
                .map(line -> line.substring(5).strip())
                .filter(line -> !line.isEmpty())
                .toList();
        assertThat(result.signature()).as(name).isNotBlank();
        for (String line : signatureLines) {
            assertThat(result.signature()).as(name).contains(line);
            assertThat(result.reply().lines().map(String::strip)).as(name).doesNotContain(line);
        }
        return true;
    }

    private static SenderHints sender(String file) {
        String sender = Corpus.utf8("talon/" + file).strip();
        if (sender.isEmpty()) {
            return SenderHints.NONE;
        }
        return sender.contains("@") ? SenderHints.of(null, sender) : SenderHints.of(sender, null);
    }
}
