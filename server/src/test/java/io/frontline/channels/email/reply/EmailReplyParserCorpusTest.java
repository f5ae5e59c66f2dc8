package io.frontline.channels.email.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The email_reply_parser fixtures ({@code src/test/corpus/mail/email_reply_parser}), one case per file. Upstream's
 * "visible text" is our {@link ExtractedReply#reply()}; its hidden fragments must be in our quoted history or signature.
 * Where upstream gives no hidden flags, fragment 0 is the reply and later fragments are history: all those cases end
 * with an "On … wrote:" quote.
 */
class EmailReplyParserCorpusTest {

    private static final ReplyExtractor EXTRACTOR = new ReplyExtractor();
    private static final JsonNode CASES = Corpus.expectations("email_reply_parser");

    static Stream<String> cases() {
        List<String> names = new ArrayList<>();
        CASES.propertyNames().forEach(names::add);
        return names.stream();
    }

    @Test
    void coversEveryFixture() {
        assertThat(cases()).hasSize(22);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meetsUpstreamExpectation(String name) {
        JsonNode spec = CASES.get(name);
        String text = Corpus.utf8("email_reply_parser/emails/" + name);

        long started = System.nanoTime();
        ExtractedReply result = EXTRACTOR.fromText(text);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        if (spec.has("time_limit_seconds")) {
            assertThat(took).isLessThanOrEqualTo(Duration.ofMillis((long)
                    (spec.get("time_limit_seconds").asDouble() * 1000)));
        }
        if (spec.has("expected_reply")) {
            assertThat(result.reply()).isEqualTo(spec.get("expected_reply").asString());
        }
        if (spec.has("fragment_count") && spec.get("fragment_count").asInt() == 1) {
            String whole = text.lines()
                    .map(String::stripTrailing)
                    .collect(Collectors.joining("\n"))
                    .strip();
            assertThat(result.reply()).isEqualTo(whole);
            assertThat(result.quoted()).isEmpty();
            assertThat(result.signature()).isEmpty();
        }
        checkFragments(spec, result);
        switch (name) {
            case "email_long_quote.txt" -> {
                // an inline answer whose second part is a 707 KB line: only the first 128 KB are analysed, the rest
                // counts as history (booleans, so that a failure does not print it all)
                assertThat(result.reply().startsWith("Hi folks"))
                        .as("reply starts at the top")
                        .isTrue();
                assertThat(result.reply().length()).isLessThanOrEqualTo(ReplyExtractor.DEFAULT_MAX_TEXT_CHARS);
                assertThat(result.quoted().endsWith("listinfo/riak-users_lists.basho.com"))
                        .as("text past the limit is history")
                        .isTrue();
            }
            case "pathological.txt" -> {
                assertThat(result.reply())
                        .isEqualTo("I think you're onto something. I will try to fix the problem as"
                                + " soon as I\nget back to a computer.");
                assertThat(result.quoted()).startsWith("On Dec 8, 2013");
            }
            default -> {}
        }
    }

    private static void checkFragments(JsonNode spec, ExtractedReply result) {
        JsonNode hiddenFlags = spec.get("fragments_hidden");
        int firstHidden = -1;
        if (hiddenFlags != null) {
            for (int i = 0; i < hiddenFlags.size() && firstHidden < 0; i++) {
                if (hiddenFlags.get(i).asBoolean()) {
                    firstHidden = i;
                }
            }
        } else {
            firstHidden = 1;
        }
        String history = result.quoted() + "\n" + result.signature();
        for (String kind : List.of("fragment_equals", "fragment_contains", "fragment_matches")) {
            JsonNode checks = spec.get(kind);
            if (checks == null) {
                continue;
            }
            for (String key : checks.propertyNames()) {
                int index = Integer.parseInt(key);
                String want = checks.get(key).asString();
                boolean hidden = hiddenFlags != null ? hiddenFlags.get(index).asBoolean() : index >= firstHidden;
                String where = "fragment " + index + (hidden ? " (hidden)" : " (visible)");
                if (kind.equals("fragment_matches")) {
                    Pattern pattern = Pattern.compile(want, Pattern.MULTILINE);
                    if (!hidden && index == 0) {
                        assertThat(pattern.matcher(result.reply()).lookingAt())
                                .as(where)
                                .isTrue();
                    } else if (hidden && index == firstHidden) {
                        boolean opens = lookingAt(pattern, result.quoted()) || lookingAt(pattern, result.signature());
                        assertThat(opens).as(where + " opens the history").isTrue();
                    } else {
                        assertThat(pattern.matcher(hidden ? history : result.reply())
                                        .find())
                                .as(where)
                                .isTrue();
                    }
                } else if (!want.isBlank()) {
                    String piece = want.strip();
                    assertThat(hidden ? history : result.reply()).as(where).contains(piece);
                    if (hidden) {
                        assertThat(result.reply()).as(where).doesNotContain(piece);
                    } else if (index == 0 && kind.equals("fragment_equals")) {
                        assertThat(result.reply()).as(where).startsWith(piece);
                    }
                }
            }
        }
    }

    private static boolean lookingAt(Pattern pattern, String s) {
        Matcher matcher = pattern.matcher(s);
        return matcher.lookingAt();
    }
}
