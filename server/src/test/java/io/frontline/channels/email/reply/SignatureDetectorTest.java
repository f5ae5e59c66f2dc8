package io.frontline.channels.email.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureDetectorTest {

    private static final SignatureDetector DETECTOR = new SignatureDetector();

    private static final String SIGNATURE = "Jane Roe\nHead of Purchasing\nBlue Widgets Ltd.\nUnit 4, Harbour Road";

    @Test
    void findsTheBlockTwoMessagesShare() {
        List<String> earlier = List.of(
                "Hello,\n\nthe delivery is late again.\n\n" + SIGNATURE,
                "Hi team,\n\nplease send a new invoice.\n\n" + SIGNATURE);
        assertThat(DETECTOR.findCommonSignature(earlier)).contains(SIGNATURE);
    }

    @Test
    void toleratesALineThatDiffersBelowIt() {
        List<String> earlier = List.of(
                "Late again.\n\n" + SIGNATURE + "\n\nSent from my iPhone",
                "New invoice please.\n\n" + SIGNATURE + "\n\nSent from my iPad");
        assertThat(DETECTOR.findCommonSignature(earlier)).contains(SIGNATURE);
    }

    @Test
    void ignoresQuotedHistoryTheyShare() {
        String quote =
                "\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Support <s@example.com> wrote:\n> Please restart the router."
                        + "\n> It usually helps.\n> Kind regards, Support";
        List<String> earlier = List.of("Did not help." + quote, "Still broken." + quote);
        assertThat(DETECTOR.findCommonSignature(earlier)).isEmpty();
    }

    @Test
    void nothingSharedNothingFound() {
        assertThat(DETECTOR.findCommonSignature(List.of("One\nTwo\nThree", "Four\nFive\nSix")))
                .isEmpty();
        assertThat(DETECTOR.findCommonSignature(List.of("Only one message\n\n" + SIGNATURE)))
                .isEmpty();
    }

    @Test
    void identicalMessagesAreNotASignature() {
        String message = "Please call me.\n\n" + SIGNATURE;
        assertThat(DETECTOR.findCommonSignature(List.of(message, message))).isEmpty();
    }

    @Test
    void theMostWidelySharedBlockWins() {
        List<String> earlier = List.of(
                "A\n\n" + SIGNATURE,
                "B\n\n" + SIGNATURE,
                "C\n\nTemporary footer line\nSecond footer line\n\n" + SIGNATURE);
        assertThat(DETECTOR.findCommonSignature(earlier)).contains(SIGNATURE);
    }

    @Test
    void findsItInHtml() {
        String signature = "<p>Jane Roe<br>Head of Purchasing<br>Blue Widgets Ltd.</p>";
        List<String> earlier = List.of("<p>Late again.</p>" + signature, "<div>New invoice please.</div>" + signature);
        assertThat(DETECTOR.findCommonSignatureInHtml(earlier))
                .contains("Jane Roe\nHead of Purchasing\nBlue Widgets Ltd.");
    }

    @Test
    void locatesAndStripsALearnedSignature() {
        String message = "Where is my order?\n\n" + SIGNATURE;
        assertThat(DETECTOR.findSignatureLine(SIGNATURE, message)).isEqualTo(3);
        assertThat(DETECTOR.findSignatureLine(SIGNATURE, "No signature here")).isEqualTo(-1);

        ExtractedReply result = DETECTOR.strip(message, SIGNATURE);
        assertThat(result.reply()).isEqualTo("Where is my order?");
        assertThat(result.signature()).isEqualTo(SIGNATURE);
    }
}
