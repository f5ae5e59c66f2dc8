package io.frontline.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.channels.email.corpus.Corpus;
import io.frontline.channels.email.mime.MailRejectedException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailParserTest {

    private final MailParser parser = new MailParser();

    private static byte[] mail(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] mail(String headers, byte[] body) {
        byte[] head = mail(headers + "\n");
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static byte[] corpus(String file) {
        return Corpus.bytes(Corpus.ZAMMAD.resolve("mail").resolve(file));
    }

    @Nested
    class Headers {

        @Test
        void keepsEveryHeaderLowerCasedDecodedAndInOrder() {
            ParsedMail mail = parser.parse(mail("""
                    Received: from a
                    Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=
                    Received: from b
                    X-Custom: one
                    From: a@example.com

                    body
                    """));

            assertThat(mail.headers().keySet()).containsExactly("received", "subject", "x-custom", "from");
            assertThat(mail.headers().get("received")).containsExactly("from a", "from b");
            assertThat(mail.header("SUBJECT")).isEqualTo("Grüße");
        }

        @Test
        void decodesMalformedAndSplitEncodedWords() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com
                    Subject: =?UTF-8?B?w6Q=?= =?UTF-8?B?w7Y=?= and=?iso-8859-1?q?_caf=E9_?= =?UTF-8?B?4oI=?==?UTF-8?B?rA==?=

                    body
                    """));

            // whitespace between encoded words goes, a word glued to text is decoded, a split euro sign is joined
            assertThat(mail.subject()).isEqualTo("äö and café €");
        }

        @Test
        void decodesRawEightBitHeadersAsUtf8OrTheMessageCharset() {
            byte[] utf8 = mail("From: a@example.com\nSubject: Grüße\n", "x".getBytes(StandardCharsets.UTF_8));
            byte[] latin = mail(
                    "From: a@example.com\nSubject: Grüße\nContent-Type: text/plain; charset=iso-8859-15\n",
                    "x".getBytes(StandardCharsets.ISO_8859_1));

            assertThat(parser.parse(recode(utf8, StandardCharsets.UTF_8)).subject())
                    .isEqualTo("Grüße");
            ParsedMail latin1 = parser.parse(latin);
            assertThat(latin1.subject()).isEqualTo("Grüße");
            assertThat(latin1.problems()).anyMatch(p -> p.contains("8-bit header"));
        }

        /** Re-encodes the header text of a message built as ISO-8859-1 into another charset. */
        private static byte[] recode(byte[] raw, Charset charset) {
            return new String(raw, StandardCharsets.ISO_8859_1).getBytes(charset);
        }

        @Test
        void readsMessageIdsWithoutBracketsAndIgnoresJunkBetweenThem() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com
                    Message-ID: <one@example.com>
                    In-Reply-To: Your message of Monday <two@example.com> (sent by Bob)
                    References: <three@example.com>,
                     junk <four@
                     example.com> <three@example.com>

                    body
                    """));

            assertThat(mail.messageId()).isEqualTo("one@example.com");
            assertThat(mail.inReplyTo()).containsExactly("two@example.com");
            assertThat(mail.references()).containsExactly("three@example.com", "four@example.com");
        }

        @Test
        void readsIdsWithoutAnyBrackets() {
            ParsedMail mail = parser.parse(mail("From: a@example.com\nMessage-Id: 2018.58E7@mail.example.cz\n\nx\n"));

            assertThat(mail.messageId()).isEqualTo("2018.58E7@mail.example.cz");
        }

        @Test
        void readsAddressesWithEncodedNamesHoldingCommas() {
            ParsedMail mail = parser.parse(mail("""
                    From: =?iso-8859-1?Q?B=FCrling,=20Andreas?= <smith@example.com>
                    To: "Doe, Jane" <jane@example.com>, bob@example.com, undisclosed-recipients:;
                    Cc: Recipients
                    Date: Fri, 4 May 2012 14:01:03 +0200

                    body
                    """));

            assertThat(mail.from()).isEqualTo(new MailAddress("smith@example.com", "Bürling, Andreas"));
            assertThat(mail.to())
                    .containsExactly(
                            new MailAddress("jane@example.com", "Doe, Jane"), new MailAddress("bob@example.com", null));
            assertThat(mail.cc()).isEmpty();
            assertThat(mail.date()).isEqualTo(Instant.parse("2012-05-04T12:01:03Z"));
        }

        @Test
        void takesTheSenderFromReplyToWhenFromIsMissing() {
            ParsedMail mail = parser.parse(corpus("mail016.box"));

            assertThat(mail.from().address()).isEqualTo("vipyimin@126.com");
            assertThat(mail.problems()).contains("no usable From header, sender taken from Reply-To");
        }
    }

    @Nested
    class Charsets {

        @ParameterizedTest
        @CsvSource({
            "-utf-8, UTF-8",
            "iso-gb2312, GB18030",
            "ks_c_5601-1987, x-windows-949",
            "windows-1258, windows-1258",
            "unicode-1-1-utf-7, UTF-7",
            "cp-1251, windows-1251",
            "\"ISO-8859-1\", windows-1252",
            "Shift_JIS, windows-31j"
        })
        void resolvesTheLabelsMailersUse(String label, String charset) {
            assertThat(MailCharsets.resolve(label).name()).isEqualTo(charset);
        }

        @Test
        void decodesUtf7() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com
                    Content-Type: text/plain; charset=unicode-1-1-utf-7

                    +ANw-bermittlung an folgende Empf+AOQ-nger fehlgeschlagen.
                    """));

            assertThat(mail.text()).isEqualTo("Übermittlung an folgende Empfänger fehlgeschlagen.\n");
        }

        @Test
        void decodesAnUnknownCharsetAsUtf8OrWindows1252AndSaysSo() {
            byte[] latin = mail(
                    "From: a@example.com\nContent-Type: text/plain; charset=x-foo\n",
                    "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
            byte[] utf8 = mail(
                    "From: a@example.com\nContent-Type: text/plain\n", "caf\u00e9".getBytes(StandardCharsets.UTF_8));

            ParsedMail unknown = parser.parse(latin);
            ParsedMail unlabelled = parser.parse(utf8);

            assertThat(unknown.text()).isEqualTo("café");
            assertThat(unknown.problems()).contains("unknown charset x-foo, decoded as windows-1252");
            assertThat(unlabelled.text()).isEqualTo("café");
            assertThat(unlabelled.problems()).contains("no charset for 8-bit text, decoded as UTF-8");
        }

        @Test
        void readsStrayLatin1BytesInUtf8TextAsWindows1252() {
            byte[] body = "M\u00fcller – caf".getBytes(StandardCharsets.UTF_8);
            byte[] mixed = new byte[body.length + 1];
            System.arraycopy(body, 0, mixed, 0, body.length);
            mixed[body.length] = (byte) 0xE9;

            ParsedMail mail =
                    parser.parse(mail("From: a@example.com\nContent-Type: text/plain; charset=utf-8\n", mixed));

            assertThat(mail.text()).isEqualTo("Müller – café");
        }

        @Test
        void neverFailsOnTheCorpusCharsetTraps() {
            for (String file :
                    new String[] {"mail060.box", "mail064.box", "mail072.box", "mail085.box", "mail018.box"}) {
                assertThat(parser.parse(corpus(file)).subject()).as(file).isNotNull();
            }
        }

        @Test
        void decodesIso2022jp() {
            ParsedMail mail = parser.parse(corpus("mail091.box"));

            assertThat(mail.subject()).isEqualTo("メルマガ解除");
            assertThat(mail.text()).contains("このアドレスへのメルマガを解除してください。");
        }
    }

    @Nested
    class Bodies {

        @Test
        void derivesReadableTextFromAnHtmlOnlyMessage() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com
                    Content-Type: text/html; charset=utf-8

                    <html><head><title>T</title><style>p{}</style></head><body><p>Hello&nbsp;Anna,</p>
                    <p>line one<br>line   two</p><ul><li>first</li><li>second</li></ul>
                    <div>Regards</div></body></html>
                    """));

            assertThat(mail.html()).contains("<p>Hello&nbsp;Anna,</p>");
            assertThat(mail.text()).isEqualTo("Hello Anna,\n\nline one\nline two\n\n- first\n- second\n\nRegards");
        }

        @Test
        void prefersHtmlAndKeepsThePlainAlternativeAsText() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com
                    Content-Type: multipart/alternative; boundary=b

                    --b
                    Content-Type: text/plain

                    plain
                    --b
                    Content-Type: text/html

                    <b>rich</b>
                    --b--
                    """));

            assertThat(mail.text()).isEqualTo("plain");
            assertThat(mail.html()).isEqualTo("<b>rich</b>");
            assertThat(mail.attachments()).isEmpty();
        }

        @Test
        void keepsInlineImagesWithTheirContentIdWithoutBrackets() {
            ParsedMail mail = parser.parse(corpus("mail079.box"));

            assertThat(mail.attachments())
                    .filteredOn(ParsedAttachment::inline)
                    .extracting(ParsedAttachment::filename, ParsedAttachment::contentId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "a.jpg", "5EF92182-3261-44C7-9835-E8A922AB4976@openvpn"));
            assertThat(mail.html()).contains("cid:5EF92182-3261-44C7-9835-E8A922AB4976@openvpn");
        }

        @Test
        void readsRfc2231FileNames() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com
                    Content-Type: multipart/mixed; boundary=b

                    --b
                    Content-Type: text/plain

                    see attached
                    --b
                    Content-Type: application/pdf
                    Content-Disposition: attachment;
                     filename*0*=UTF-8''Rechnung%20M%C3%A4rz;
                     filename*1=".pdf"
                    Content-Transfer-Encoding: base64

                    JVBERg==
                    --b--
                    """));

            assertThat(mail.attachments()).singleElement().satisfies(a -> {
                assertThat(a.filename()).isEqualTo("Rechnung März.pdf");
                assertThat(a.data()).isEqualTo("%PDF".getBytes(StandardCharsets.US_ASCII));
                assertThat(a.inline()).isFalse();
            });
        }

        @Test
        void turnsUuencodedBlocksInTextIntoAttachments() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com

                    Report attached.
                    begin 644 hello.txt
                    ,2&5L;&\\@6F%M;6%D
                    `
                    end
                    Bye
                    """));

            assertThat(mail.text()).isEqualTo("Report attached.\nBye\n");
            assertThat(mail.attachments()).singleElement().satisfies(a -> {
                assertThat(a.filename()).isEqualTo("hello.txt");
                assertThat(new String(a.data(), StandardCharsets.US_ASCII)).isEqualTo("Hello Zammad");
            });
        }

        @Test
        void decodesXUuencodeParts() {
            ParsedMail mail = parser.parse(corpus("mail078-content_transfer_encoding_x_uuencode.box"));

            assertThat(mail.attachments().getFirst().filename()).isEqualTo("PGP_Cmts_on_12-14-01_Pkg.txt");
            assertThat(new String(mail.attachments().getFirst().data(), StandardCharsets.US_ASCII))
                    .contains("Hello Zammad");
        }

        @Test
        void keepsForwardedMessagesAsEmlAttachmentsNamedAfterTheirSubject() {
            ParsedMail mail = parser.parse(corpus("mail014.box"));

            assertThat(mail.attachments())
                    .extracting(ParsedAttachment::filename, ParsedAttachment::contentType)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("Neue Anfrage erstellt - 33284.eml", "message/rfc822"));
        }

        @Test
        void showsAMultipartWithoutItsBoundaryAsText() {
            ParsedMail mail = parser.parse(mail("""
                    From: a@example.com
                    Content-Type: multipart/mixed; boundary=nowhere

                    just text
                    """));

            assertThat(mail.text()).isEqualTo("just text\n");
            assertThat(mail.problems()).anyMatch(p -> p.startsWith("broken multipart/mixed"));
        }
    }

    @Nested
    class SignedAndEncrypted {

        @Test
        void showsMultipartSignedMailWithItsBody() {
            ParsedMail mail = parser.parse(corpus("mail040.box"));

            assertThat(mail.signed()).isTrue();
            assertThat(mail.encrypted()).isFalse();
            assertThat(mail.text()).isNotBlank();
            assertThat(mail.attachments())
                    .extracting(ParsedAttachment::filename)
                    .contains("smime.p7s");
        }

        @Test
        void flagsEncryptedMailAndKeepsThePayload() {
            ParsedMail smime = parser.parse(corpus("mail041.box"));
            ParsedMail pgp = parser.parse(corpus("mail042.box"));

            assertThat(smime.encrypted()).isTrue();
            assertThat(smime.attachments())
                    .extracting(ParsedAttachment::filename)
                    .containsExactly("smime.p7m");
            assertThat(pgp.encrypted()).isTrue();
        }

        @Test
        void unwrapsOpaqueSignedSmime() throws Exception {
            byte[] inner = mail("Content-Type: text/plain; charset=utf-8\n\nsigned hello\n");
            byte[] der = new CMSSignedDataGenerator()
                    .generate(new CMSProcessableByteArray(inner), true)
                    .getEncoded();
            String body = Base64.getMimeEncoder().encodeToString(der);

            ParsedMail mail = parser.parse(mail("From: a@example.com\n"
                    + "Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\n"
                    + "Content-Transfer-Encoding: base64\n\n" + body + "\n"));

            assertThat(mail.signed()).isTrue();
            assertThat(mail.text()).isEqualTo("signed hello\n");
            assertThat(mail.attachments()).isEmpty();
        }
    }

    @Nested
    class Limits {

        @Test
        void rejectsAnOversizedMessage() {
            MailParser small = new MailParser(new MailLimits(1000, 500, 30, Duration.ofSeconds(2)));

            assertThatThrownBy(() -> small.parse(new byte[1001]))
                    .isInstanceOf(MailRejectedException.class)
                    .hasMessageContaining("more than the limit of 1000")
                    .extracting(e -> ((MailRejectedException) e).reason())
                    .isEqualTo(Reason.TOO_LARGE);
        }

        @Test
        void rejectsDeepNesting() {
            StringBuilder text =
                    new StringBuilder("From: a@example.com\nContent-Type: multipart/mixed; boundary=b0\n\n");
            for (int i = 0; i < 40; i++) {
                text.append("--b")
                        .append(i)
                        .append("\nContent-Type: multipart/mixed; boundary=b")
                        .append(i + 1)
                        .append("\n\n");
            }
            text.append("--b40\nContent-Type: text/plain\n\ndeep\n");

            assertThatThrownBy(() -> parser.parse(mail(text.toString())))
                    .isInstanceOf(MailRejectedException.class)
                    .extracting(e -> ((MailRejectedException) e).reason())
                    .isEqualTo(Reason.TOO_DEEP);
        }

        @Test
        void rejectsThousandsOfParts() {
            assertThatThrownBy(() -> parser.parse(manyParts(5000)))
                    .isInstanceOf(MailRejectedException.class)
                    .hasMessageContaining("more than 500 MIME parts")
                    .extracting(e -> ((MailRejectedException) e).reason())
                    .isEqualTo(Reason.TOO_MANY_PARTS);
            assertThat(parser.parse(manyParts(400)).attachments()).hasSize(400);
        }

        private static byte[] manyParts(int parts) {
            StringBuilder text =
                    new StringBuilder("From: a@example.com\nContent-Type: multipart/mixed; boundary=b\n\n");
            for (int i = 0; i < parts; i++) {
                text.append("--b\nContent-Type: text/plain; name=p").append(i).append(".txt\n\npart\n");
            }
            return mail(text.append("--b--\n").toString());
        }

        @Test
        void parsesThousandsOfLinks() {
            String links = "<a href=\"https://example.com/x\">link</a> ".repeat(20_000);

            ParsedMail mail =
                    parser.parse(mail("From: a@example.com\nContent-Type: text/html\n\n<p>" + links + "</p>\n"));

            assertThat(mail.html()).hasSizeGreaterThan(20_000 * 30);
            assertThat(mail.text()).startsWith("link link");
        }

        @Test
        void rejectsWhatIsNotMail() {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

            for (byte[] junk : new byte[][] {
                new byte[0],
                png,
                "just some words\nand more words\n".getBytes(StandardCharsets.US_ASCII),
                "{\"json\": true}".getBytes(StandardCharsets.US_ASCII)
            }) {
                assertThatThrownBy(() -> parser.parse(junk))
                        .isInstanceOf(MailRejectedException.class)
                        .hasMessageStartingWith("not an e-mail message")
                        .extracting(e -> ((MailRejectedException) e).reason())
                        .isEqualTo(Reason.NOT_A_MAIL);
            }
        }

        @Test
        void toleratesAJunkFirstLineAndAnMboxFromLine() {
            assertThat(parser.parse(mail("From someone Thu Apr 29 23:34:45 2015\nFrom: a@example.com\n\nx\n"))
                            .from()
                            .address())
                    .isEqualTo("a@example.com");
            assertThat(parser.parse(corpus("mail068.box")).subject()).isEqualTo("Contact from Server");
        }

        @Test
        void countsUuencodedBlocksAsPartsAndKeepsUnendedOnesAsText() {
            String unended = "begin 644 a.txt\n".repeat(50_000);
            String blocks = "begin 644 b.txt\n!80``\n`\nend\n".repeat(600);

            assertThat(parser.parse(mail("From: a@example.com\n\n" + unended)).text())
                    .startsWith("begin 644 a.txt");
            assertThatThrownBy(() -> parser.parse(mail("From: a@example.com\n\n" + blocks)))
                    .isInstanceOf(MailRejectedException.class)
                    .extracting(e -> ((MailRejectedException) e).reason())
                    .isEqualTo(Reason.TOO_MANY_PARTS);
        }

        @Test
        void aTinyTimeBudgetTrips() {
            MailParser hasty = new MailParser(MailLimits.defaults().withMaxParseTime(Duration.ofNanos(1)));

            assertThatThrownBy(() -> hasty.parse(corpus("mail001.box")))
                    .isInstanceOf(MailRejectedException.class)
                    .extracting(e -> ((MailRejectedException) e).reason())
                    .isEqualTo(Reason.TOO_SLOW);
        }

        @Test
        void theBudgetIsCheckedInsideLongHtml() {
            // every clock reading costs a millisecond: only checks inside the HTML walk can use up 200 of them
            AtomicLong now = new AtomicLong();
            MailParser parser = new MailParser(
                    MailLimits.defaults().withMaxParseTime(Duration.ofMillis(200)), () -> now.addAndGet(1_000_000));
            String html = "<div>x</div>".repeat(300_000);

            assertThatThrownBy(() -> parser.parse(mail("From: a@example.com\nContent-Type: text/html\n\n" + html)))
                    .isInstanceOf(MailRejectedException.class)
                    .extracting(e -> ((MailRejectedException) e).reason())
                    .isEqualTo(Reason.TOO_SLOW);
        }

        @Test
        void theBudgetIsCheckedBetweenParts() {
            AtomicLong now = new AtomicLong();
            MailParser parser = new MailParser(
                    MailLimits.defaults().withMaxParseTime(Duration.ofMillis(100)), () -> now.addAndGet(1_000_000));

            assertThatThrownBy(() -> parser.parse(manyParts(400)))
                    .isInstanceOf(MailRejectedException.class)
                    .extracting(e -> ((MailRejectedException) e).reason())
                    .isEqualTo(Reason.TOO_SLOW);
        }
    }
}
