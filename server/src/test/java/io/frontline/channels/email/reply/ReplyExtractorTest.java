package io.frontline.channels.email.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small handwritten samples of each client's quoting and signatures, and of what must be left alone. */
class ReplyExtractorTest {

    private static final ReplyExtractor EXTRACTOR = new ReplyExtractor();

    private static ExtractedReply text(String... lines) {
        return EXTRACTOR.fromText(String.join("\n", lines));
    }

    @Nested
    class AttributionLines {

        @Test
        void gmailInEnglish() {
            ExtractedReply r = text(
                    "Works now, thanks.",
                    "",
                    "On Mon, Apr 2, 2012 at 6:26 PM, Megan One <megan@example.com> wrote:",
                    "",
                    "> Can you try again?");
            assertThat(r.reply()).isEqualTo("Works now, thanks.");
            assertThat(r.quoted()).startsWith("On Mon, Apr 2").endsWith("> Can you try again?");
        }

        @Test
        void gmailWrappedOverTwoLines() {
            ExtractedReply r = text(
                    "Works now.",
                    "",
                    "On Mon, Apr 2, 2012 at 6:26 PM, Megan One <",
                    "megan@example.com> wrote:",
                    "",
                    "> Can you try again?");
            assertThat(r.reply()).isEqualTo("Works now.");
            assertThat(r.quoted()).startsWith("On Mon, Apr 2");
        }

        @Test
        void appleMailInGerman() {
            ExtractedReply r = text(
                    "Danke, das hat geholfen.",
                    "",
                    "Am 03.04.2012 um 16:19 schrieb Bob Meier <bob@example.com>:",
                    "",
                    "> Bitte einmal neu starten.");
            assertThat(r.reply()).isEqualTo("Danke, das hat geholfen.");
            assertThat(r.quoted()).startsWith("Am 03.04.2012");
        }

        @Test
        void thunderbirdInGerman() {
            ExtractedReply r = text("Geht wieder.", "", "Am 03.04.2012 16:19, schrieb Bob Meier:", "> Neu starten?");
            assertThat(r.reply()).isEqualTo("Geht wieder.");
        }

        @Test
        void french() {
            ExtractedReply r = text(
                    "Merci, c'est réglé.",
                    "",
                    "Le 3 avr. 2012 à 16:19, Bob Martin <bob@example.com> a écrit :",
                    "",
                    "> Pouvez-vous réessayer ?");
            assertThat(r.reply()).isEqualTo("Merci, c'est réglé.");
            assertThat(r.quoted()).startsWith("Le 3 avr. 2012");
        }

        @Test
        void spanish() {
            ExtractedReply r = text(
                    "Ya funciona.",
                    "",
                    "El 3 abr 2012, a las 16:19, Bob García <bob@example.com> escribió:",
                    "",
                    "> ¿Puede intentarlo de nuevo?");
            assertThat(r.reply()).isEqualTo("Ya funciona.");
            assertThat(r.quoted()).startsWith("El 3 abr 2012");
        }

        @Test
        void japaneseThunderbird() {
            ExtractedReply r = text("直りました。", "", "山田 さんは書きました:", "> 再起動してください。");
            assertThat(r.reply()).isEqualTo("直りました。");
            assertThat(r.quoted()).startsWith("山田 さんは書きました:");
        }

        @Test
        void japaneseWithDate() {
            ExtractedReply r = text("直りました。", "", "2012/04/03 16:19 に 山田 が書きました:", "> 再起動してください。");
            assertThat(r.reply()).isEqualTo("直りました。");
        }

        @Test
        void japaneseGmailWithoutVerb() {
            ExtractedReply r = text("直りました。", "", "2012年4月3日(火) 16:19 山田 <yamada@example.jp>:", "", "> 再起動してください。");
            assertThat(r.reply()).isEqualTo("直りました。");
        }

        @Test
        void yahooDashedAttributionWithoutQuoteMarkers() {
            ExtractedReply r = text(
                    "Sounds great.",
                    "",
                    "--- On Wed, 4/4/12, Ann <ann@example.com> wrote:",
                    "",
                    "From: Ann <ann@example.com>",
                    "Subject: Booking",
                    "",
                    "New booking inquiry");
            assertThat(r.reply()).isEqualTo("Sounds great.");
            assertThat(r.quoted()).contains("New booking inquiry");
        }

        @Test
        void bottomPostingKeepsTheTextBelowTheQuote() {
            ExtractedReply r = text("On 04/02/2012 06:26 PM, Megan One wrote:", "> Hi", "Hello");
            assertThat(r.reply()).isEqualTo("Hello");
            assertThat(r.quoted()).isEqualTo("On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi");
        }

        @Test
        void inlineAnswersKeepTheQuotesTheyAnswer() {
            ExtractedReply r = text(
                    "On Tue, Apr 29, 2014 at 4:22 PM, Dev <dev@example.com> wrote:",
                    "> Which version?",
                    "",
                    "2.4",
                    "",
                    "> Which browser?",
                    "",
                    "Firefox",
                    "",
                    "> Anything else?",
                    "> Thanks");
            assertThat(r.reply()).startsWith("On Tue").contains("2.4").endsWith("Firefox");
            assertThat(r.quoted()).isEqualTo("> Anything else?\n> Thanks");
        }
    }

    @Nested
    class OutlookHeaderBlocks {

        @Test
        void originalMessageSeparator() {
            ExtractedReply r = text(
                    "Hello",
                    "",
                    "-----Original Message-----",
                    "From: bob <bob@example.com>",
                    "Sent: Mon, Apr 2, 2012 5:49 pm",
                    "To: support@example.com",
                    "Subject: Test",
                    "",
                    "Hi");
            assertThat(r.reply()).isEqualTo("Hello");
            assertThat(r.quoted()).startsWith("-----Original Message-----").endsWith("Hi");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "From: Bob [mailto:bob@example.com]|Sent: Friday, March 23, 2012 5:08 PM|To: Support|Subject: Printer",
                    "Von: Bob [mailto:bob@example.com]|Gesendet: Freitag, 23. März 2012 17:08|An: Support|Betreff: Drucker",
                    "De : Bob [mailto:bob@example.com]|Envoyé : vendredi 23 mars 2012 17:08|À : Support|Objet : Imprimante",
                    "De: Bob [mailto:bob@example.com]|Enviado el: viernes, 23 de marzo de 2012 17:08|Para: Soporte|Asunto: Impresora",
                    "*From:* Bob [mailto:bob@example.com]|*Sent:* Friday, March 23, 2012 5:08 PM|*To:* Support|*Subject:* Printer",
                    "差出人: Bob [mailto:bob@example.com]|送信日時: 2012年3月23日 17:08|宛先: Support|件名: プリンター"
                })
        void headerBlockInEachLanguage(String header) {
            ExtractedReply r = EXTRACTOR.fromText("Done.\n\n" + header.replace('|', '\n') + "\n\nQuoted body");
            assertThat(r.reply()).isEqualTo("Done.");
            assertThat(r.quoted()).endsWith("Quoted body");
        }

        @Test
        void outlookWebUnderscoreLineJoinsTheHistory() {
            ExtractedReply r = text(
                    "Done.",
                    "________________________________",
                    "From: Bob <bob@example.com>",
                    "Sent: Friday, March 23, 2012 5:08 PM",
                    "To: Support",
                    "Subject: Printer");
            assertThat(r.reply()).isEqualTo("Done.");
            assertThat(r.quoted()).startsWith("_____");
        }

        @Test
        void proseWithFromAndToIsNotAHeader() {
            String prose = "Please rebook me.\n\nFrom: Berlin\nTo: Munich\nDate: 3 May\n\nThanks";
            assertThat(EXTRACTOR.fromText(prose).reply()).isEqualTo(prose);
        }
    }

    @Nested
    class Forwards {

        @Test
        void gmailForwardBelowAComment() {
            ExtractedReply r = text(
                    "FYI, see below.",
                    "",
                    "---------- Forwarded message ---------",
                    "From: Bob <bob@example.com>",
                    "Date: Mon, Apr 2, 2012 at 6:26 PM",
                    "Subject: Broken",
                    "To: Ann <ann@example.com>",
                    "",
                    "It is broken.");
            assertThat(r.reply()).isEqualTo("FYI, see below.");
            assertThat(r.quoted()).contains("It is broken.");
        }

        @Test
        void appleMailForward() {
            ExtractedReply r = text("FYI", "", "Begin forwarded message:", "", "> From: Bob <bob@example.com>", "> Hi");
            assertThat(r.reply()).isEqualTo("FYI");
        }

        @Test
        void forwardWithoutCommentIsAllReply() {
            String forward = "---------- Forwarded message ---------\nFrom: Bob <bob@example.com>\n"
                    + "Date: Mon, Apr 2, 2012\nSubject: Broken\n\nIt is broken.";
            ExtractedReply r = EXTRACTOR.fromText(forward);
            assertThat(r.reply()).isEqualTo(forward);
            assertThat(r.trimmed()).isFalse();
        }

        @Test
        void outlookChainWithoutCommentKeepsTheNewestMessage() {
            ExtractedReply r = text(
                    "-----Ursprüngliche Nachricht-----",
                    "Von: Kunde <kunde@example.com>",
                    "Gesendet: Montag, 2. April 2012 10:00",
                    "An: Support",
                    "Betreff: Drucker",
                    "",
                    "Der Drucker druckt nicht.",
                    "",
                    "-----Ursprüngliche Nachricht-----",
                    "Von: Support <support@example.com>",
                    "Gesendet: Freitag, 30. März 2012 09:00",
                    "An: Kunde",
                    "Betreff: Drucker",
                    "",
                    "Bitte neu starten.");
            assertThat(r.reply()).endsWith("Der Drucker druckt nicht.");
            assertThat(r.quoted()).endsWith("Bitte neu starten.");
        }
    }

    @Nested
    class LeftAlone {

        @Test
        void textStartingWithOnIsNotAHeader() {
            String message = "On your remote host you can run:\n\n    telnet 127.0.0.1 52698\n\nThen it connects.";
            assertThat(EXTRACTOR.fromText(message).reply()).isEqualTo(message);
        }

        @Test
        void wroteInProseWithoutQuoteIsKept() {
            String message = "Here is what my colleague wrote:\n\nThe printer is on fire.";
            assertThat(EXTRACTOR.fromText(message).reply()).isEqualTo(message);
        }

        @Test
        void aSingleWordOfThanksStays() {
            assertThat(EXTRACTOR.fromText("Thanks!").reply()).isEqualTo("Thanks!");
        }

        @Test
        void aMessageThatIsOnlyASignOffIsKeptWhole() {
            ExtractedReply r = EXTRACTOR.fromText("Thanks,\nAlex");
            assertThat(r.reply()).isEqualTo("Thanks,\nAlex");
            assertThat(r.signature()).isEmpty();
        }

        @Test
        void aMessageThatIsOnlyQuotedIsKeptWhole() {
            ExtractedReply r = EXTRACTOR.fromText("> just the quote\n> nothing else");
            assertThat(r.reply()).isEqualTo("> just the quote\n> nothing else");
        }

        @Test
        void nullAndEmpty() {
            assertThat(EXTRACTOR.fromText(null).reply()).isEmpty();
            assertThat(EXTRACTOR.fromText("").quoted()).isEmpty();
            assertThat(EXTRACTOR.fromHtml(null).reply()).isEmpty();
        }

        @Test
        void anyLineEndings() {
            String crlf = "Fixed.\r\n\r\nOn Mon, Apr 2, 2012 at 6:26 PM, Bob <bob@example.com> wrote:\r\n> Broken?\r\n";
            assertThat(EXTRACTOR.fromText(crlf).reply()).isEqualTo("Fixed.");
            assertThat(EXTRACTOR.fromText(crlf.replace("\r\n", "\r")).reply()).isEqualTo("Fixed.");
        }
    }

    @Nested
    class Signatures {

        @Test
        void dashDashSpaceDelimiter() {
            ExtractedReply r = text("Fixed it.", "", "-- ", "Bob", "ACME Inc.");
            assertThat(r.reply()).isEqualTo("Fixed it.");
            assertThat(r.signature()).isEqualTo("-- \nBob\nACME Inc.");
            assertThat(r.replyWithSignature()).isEqualTo("Fixed it.\n\n-- \nBob\nACME Inc.");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Best regards,|Jane Doe|ACME Inc.|+1 555 123 4567",
                    "Mit freundlichen Grüßen|Max Mustermann",
                    "Freundliche Grüße||Günter Lässig|Telefon 0123 5432114",
                    "Cordialement,|Jean Dupont",
                    "Saludos,|Juan Pérez",
                    "Thanks,|Alex",
                    "Cheers, Bob",
                    "С уважением,|Сергей Обухов"
                })
        void closingAboveAName(String signature) {
            String sig = signature.replace('|', '\n');
            ExtractedReply r = EXTRACTOR.fromText("The invoice is attached.\n\n" + sig);
            assertThat(r.reply()).isEqualTo("The invoice is attached.");
            assertThat(r.signature()).isEqualTo(sig);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Sent from my iPhone",
                    "Sent from my Samsung Galaxy smartphone.",
                    "Sent from my Verizon Wireless BlackBerry",
                    "Get Outlook for Android",
                    "Von meinem iPhone gesendet",
                    "Gesendet von meinem iPad",
                    "Enviado desde mi iPhone",
                    "Envoyé de mon iPhone",
                    "Inviato da iPhone",
                    "iPhoneから送信"
                })
        void mobileClientLines(String line) {
            ExtractedReply r = EXTRACTOR.fromText("On my way.\n\n" + line);
            assertThat(r.reply()).isEqualTo("On my way.");
            assertThat(r.signature()).isEqualTo(line);
        }

        @Test
        void mobileLineAboveTheQuote() {
            ExtractedReply r = text(
                    "Yes",
                    "",
                    "Von meinem iPhone gesendet",
                    "",
                    "Am 03.04.2012 um 16:19 schrieb Bob:",
                    "",
                    "> Passt das?");
            assertThat(r.reply()).isEqualTo("Yes");
            assertThat(r.signature()).isEqualTo("Von meinem iPhone gesendet");
            assertThat(r.quoted()).startsWith("Am 03.04.2012");
        }

        @Test
        void sentFromInASentenceIsNotASignature() {
            String message = "Here it is\n\nSent from my desk, which is easier than my phone.";
            assertThat(EXTRACTOR.fromText(message).reply()).isEqualTo(message);
        }

        @Test
        void dashInsideALineIsNotADelimiter() {
            String message = "A fix -- not a signature.\n\nkthxbai";
            assertThat(EXTRACTOR.fromText(message).signature()).isEmpty();
        }

        @Test
        void listItemsAreNotSignOffs() {
            String message = "Steps:\n\n- Reboot\n- Reconnect";
            assertThat(EXTRACTOR.fromText(message).reply()).isEqualTo(message);
        }

        @Test
        void senderNameFindsAnUnmarkedSignature() {
            String body = "Can you call me back?\n\nStavros Papadopoulos\nvia mobile";
            ExtractedReply r = EXTRACTOR.fromText(body, SenderHints.of("Stavros Papadopoulos", null));
            assertThat(r.reply()).isEqualTo("Can you call me back?");
            assertThat(r.signature()).isEqualTo("Stavros Papadopoulos\nvia mobile");
            assertThat(EXTRACTOR.fromText(body).signature()).isEmpty();
        }

        @Test
        void nameAboveContactLines() {
            ExtractedReply r = text("Please send the form.", "", "Gina Miller", "gina@example.com", "(555) 346-9947");
            assertThat(r.signature()).startsWith("Gina Miller");
        }

        @Test
        void learnedSignatureIsStrippedWhateverItSays() {
            String body = "Please reset my password.\n\nThe Orange Team\nWe make juice\nDistrict 9";
            SenderHints known = SenderHints.NONE.withKnownSignature("The Orange Team\nWe make juice\nDistrict 9");
            ExtractedReply r = EXTRACTOR.fromText(body, known);
            assertThat(r.reply()).isEqualTo("Please reset my password.");
            assertThat(r.signature()).isEqualTo("The Orange Team\nWe make juice\nDistrict 9");
        }

        @Test
        void signatureBelowTheQuoteCountsWhenTheReplyHasNone() {
            ExtractedReply r = text(
                    "Done.",
                    "",
                    "On Fri, Feb 24, 2012 at 10:19 AM, <x@example.com> wrote:",
                    "> Any news?",
                    "",
                    "-- ",
                    "Joe Smith | Director");
            assertThat(r.reply()).isEqualTo("Done.");
            assertThat(r.signature()).isEqualTo("-- \nJoe Smith | Director");
        }
    }

    @Nested
    class Html {

        @Test
        void gmailQuoteAndSignature() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div dir=\"ltr\">Works now.<br clear=\"all\"><div><br></div>-- <br>"
                    + "<div class=\"gmail_signature\">Ann Lee<br>ACME</div></div><br><div class=\"gmail_quote\">"
                    + "<div class=\"gmail_attr\">On Mon, Apr 2, 2012 at 6:26 PM Bob &lt;bob@example.com&gt; wrote:"
                    + "<br></div><blockquote class=\"gmail_quote\">Try again?</blockquote></div>");
            assertThat(r.reply()).isEqualTo("Works now.");
            assertThat(r.signature()).isEqualTo("--\nAnn Lee\nACME");
            assertThat(r.quoted()).startsWith("On Mon, Apr 2").endsWith("Try again?");
            assertThat(r.replyHtml()).contains("Works now.").doesNotContain("gmail_quote", "Ann Lee");
        }

        @Test
        void outlookWebReplyDivision() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div>Thanks, that fixed it.</div>"
                    + "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                    + "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font><b>From:</b> Support &lt;s@example.com&gt;<br>"
                    + "<b>Sent:</b> Monday<br><b>To:</b> Ann<br><b>Subject:</b> Re: Printer</font></div>"
                    + "<div>Please restart it.</div>");
            assertThat(r.reply()).isEqualTo("Thanks, that fixed it.");
            assertThat(r.replyHtml()).doesNotContain("<hr", "divRplyFwdMsg", "restart");
        }

        @Test
        void outlookDesktopBorderTopInGerman() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div class=WordSection1><p class=MsoNormal>Erledigt.</p>"
                    + "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                    + "<p class=MsoNormal><b>Von:</b> Support<br><b>Gesendet:</b> Montag<br><b>An:</b> Kunde"
                    + "<br><b>Betreff:</b> Drucker</p></div><p class=MsoNormal>Bitte neu starten.</p></div>");
            assertThat(r.reply()).isEqualTo("Erledigt.");
            assertThat(r.quoted()).startsWith("Von: Support");
        }

        @Test
        void outlookForMac() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div>Reply</div><span id=\"OLK_SRC_BODY_SECTION\"><div>"
                    + "<span>From: </span>Bob<br><span>Date: </span>Tue<br></div><div>Hi</div></span>");
            assertThat(r.reply()).isEqualTo("Reply");
        }

        @Test
        void outlook365AppendOnSendMarker() {
            ExtractedReply r = EXTRACTOR.fromHtml(
                    "<div>Sure.</div><div id=\"appendonsend\"></div><div>Unrecognised header text</div><div>Old</div>");
            assertThat(r.reply()).isEqualTo("Sure.");
            assertThat(r.quoted()).isEqualTo("Unrecognised header text\nOld");
        }

        @Test
        void appleMailCiteInGerman() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div>Passt.</div><div><br><blockquote type=\"cite\">"
                    + "<div>Am 03.04.2012 um 16:19 schrieb Bob &lt;bob@example.com&gt;:</div><br>"
                    + "<div>Morgen um 9?</div></blockquote></div>");
            assertThat(r.reply()).isEqualTo("Passt.");
            assertThat(r.quoted()).contains("Morgen um 9?");
        }

        @Test
        void thunderbirdCitePrefix() {
            ExtractedReply r = EXTRACTOR.fromHtml("Done.<br><div class=\"moz-cite-prefix\">On 26.06.2014 14:41,"
                    + " Alexander wrote:<br></div><blockquote type=\"cite\">Question</blockquote>");
            assertThat(r.reply()).isEqualTo("Done.");
            assertThat(r.replyHtml()).doesNotContain("moz-cite-prefix", "Question");
        }

        @Test
        void yahooQuotedDivision() {
            ExtractedReply r =
                    EXTRACTOR.fromHtml("<div>Ok</div><div class=\"yahoo_quoted\"><div>On Monday, Bob wrote:</div>"
                            + "<div>Old</div></div>");
            assertThat(r.reply()).isEqualTo("Ok");
        }

        @Test
        void ruleAboveAHeaderBlock() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div>Hi</div><hr><b>From: </b>bob@example.com<br><b>To: </b>ann"
                    + "<br><b>Sent: </b>Friday<br><b>Subject: </b>Hello<br><p>Hello</p>");
            assertThat(r.reply()).isEqualTo("Hi");
            assertThat(r.replyHtml()).doesNotContain("<hr>");
        }

        @Test
        void bottomPostedHtml() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div class=\"moz-cite-prefix\">On 26.06.2014 14:41, Bob wrote:"
                    + "</div><blockquote type=\"cite\">Question?</blockquote><div>Answer.</div>");
            assertThat(r.reply()).isEqualTo("Answer.");
            assertThat(r.replyHtml()).contains("Answer.").doesNotContain("Question?");
        }

        @Test
        void inlineAnswersKeepTheirBlockquotes() {
            ExtractedReply r = EXTRACTOR.fromHtml("<blockquote>Which version?</blockquote><div>2.4</div>"
                    + "<blockquote>Which browser?</blockquote><div>Firefox</div>");
            assertThat(r.reply()).isEqualTo("Which version?\n2.4\nWhich browser?\nFirefox");
            assertThat(r.replyHtml()).contains("<blockquote>Which browser?</blockquote>");
        }

        @Test
        void hiddenPreviewTextIsNotRead() {
            ExtractedReply r = EXTRACTOR.fromHtml("<div style=\"display: none\">Preview text</div><div>Visible</div>");
            assertThat(r.reply()).isEqualTo("Visible");
        }

        @Test
        void preformattedLinesStaySeparate() {
            ExtractedReply r = EXTRACTOR.fromHtml("<pre>line one\nline two\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Bob"
                    + " &lt;bob@example.com&gt; wrote:\n&gt; old</pre>");
            assertThat(r.reply()).isEqualTo("line one\nline two");
            assertThat(r.replyHtml()).contains("line one\nline two").doesNotContain("old");
        }

        @Test
        void untouchedHtmlComesBackAsSent() {
            String html = "<p>Just a question.</p>";
            assertThat(EXTRACTOR.fromHtml(html).replyHtml()).isEqualTo(html);
        }
    }

    @Nested
    class Bounds {

        /** Generous for a loaded machine, yet far below what a quadratic pass over these inputs would take. */
        private static final Duration LIMIT = Duration.ofSeconds(3);

        @Test
        void textPastTheLimitIsHistory() {
            ReplyExtractor small = new ReplyExtractor(20, 20);
            ExtractedReply r = small.fromText("Short reply\nthat goes on and on past the limit");
            assertThat(r.reply()).isEqualTo("Short reply\nthat goe");
            assertThat(r.quoted()).isEqualTo("s on and on past the limit");
        }

        @Test
        void manyAttributionLookalikes() {
            String text = "On and on\n".repeat(50_000) + "wrote:\n";
            assertFast(() -> EXTRACTOR.fromText(text));
        }

        @Test
        void oneHugeLine() {
            String text = "On " + "x, ".repeat(300_000) + "wrote:";
            assertFast(() -> EXTRACTOR.fromText(text));
        }

        @Test
        void manyShortHeaderLookalikes() {
            String text = "From: a\nTo: b\nCc: c\n".repeat(20_000);
            assertFast(() -> EXTRACTOR.fromText(text));
        }

        @Test
        void deeplyNestedHtml() {
            String html = "<div>".repeat(5_000) + "Hi" + "<blockquote>".repeat(2_000) + "old";
            assertFast(() -> EXTRACTOR.fromHtml(html));
        }

        @Test
        void largeHtml() {
            String html = "<p>Reply</p><blockquote>" + "<div>quoted line</div>".repeat(20_000) + "</blockquote>";
            ExtractedReply r = assertFast(() -> EXTRACTOR.fromHtml(html));
            assertThat(r.reply()).isEqualTo("Reply");
        }

        @Test
        void safeToShareAcrossThreads() {
            String message = "Fixed.\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Bob <bob@example.com> wrote:\n> Broken?";
            List<String> replies = IntStream.range(0, 200)
                    .parallel()
                    .mapToObj(i -> EXTRACTOR.fromText(message).reply())
                    .distinct()
                    .toList();
            assertThat(replies).containsExactly("Fixed.");
        }

        private static ExtractedReply assertFast(java.util.function.Supplier<ExtractedReply> run) {
            long started = System.nanoTime();
            ExtractedReply result = run.get();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT);
            return result;
        }
    }
}
