package io.frontline.channels.email.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.channels.email.corpus.ZammadCheck;
import io.frontline.channels.email.mime.MailParser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailClassifierTest {

    private final MailParser parser = new MailParser();
    private final MailClassifier classifier = new MailClassifier();

    private MailClassification classify(String text) {
        return classifier.classify(parser.parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    private MailClassification withHeader(String header) {
        return classify("From: Anna <anna@example.com>\nTo: help@example.com\nSubject: Printer\n" + header
                + "\n\nIt does not print.\n");
    }

    @Test
    void personalMailIsNormalAndMayBeAnswered() {
        MailClassification c = withHeader("Auto-Submitted: no");

        assertThat(c.kind()).isEqualTo(MailKind.NORMAL);
        assertThat(c.signal()).isNull();
        assertThat(c.allowsAutoAnswer()).isTrue();
    }

    @Nested
    class AutoReplies {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Auto-Submitted: auto-replied",
                    "X-Autoreply: yes",
                    "X-Autorespond: Out of office",
                    "X-Auto-Response-Suppress: All",
                    "X-Auto-Response-Suppress: DR, OOF, AutoReply",
                    "Precedence: auto_reply"
                })
        void areRecognisedByHeader(String header) {
            MailClassification c = withHeader(header);

            assertThat(c.kind()).isEqualTo(MailKind.AUTO_REPLY);
            assertThat(c.signal()).isEqualTo("header " + header);
            assertThat(c.allowsAutoAnswer()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Automatic reply: Printer",
                    "Auto reply: Printer",
                    "Out of Office: Printer",
                    "Abwesenheitsnotiz: Drucker",
                    "Automatische Antwort: Drucker",
                    "Réponse automatique : Imprimante",
                    "Respuesta automática: Impresora",
                    "Risposta automatica: Stampante",
                    "Automatisch antwoord: Printer",
                    "[Ext] Out of office"
                })
        void areRecognisedBySubject(String subject) {
            MailClassification c = classify("From: anna@example.com\nSubject: " + subject + "\n\nI am away.\n");

            assertThat(c.kind()).isEqualTo(MailKind.AUTO_REPLY);
            assertThat(c.signal()).startsWith("subject");
        }

        @Test
        void aReplyThatMentionsAnOutOfOfficeIsNormal() {
            MailClassification c = classify("From: anna@example.com\nSubject: Re: your out of office reply\n\nHi\n");

            assertThat(c.kind()).isEqualTo(MailKind.NORMAL);
        }
    }

    @Nested
    class Bulk {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Precedence: bulk",
                    "Precedence: list",
                    "Precedence: junk",
                    "List-Id: <news.example.com>",
                    "List-Unsubscribe: <mailto:leave@example.com>",
                    "Auto-Submitted: auto-generated"
                })
        void isRecognisedByHeader(String header) {
            MailClassification c = withHeader(header);

            assertThat(c.kind()).isEqualTo(MailKind.BULK);
            assertThat(c.allowsAutoAnswer()).isFalse();
        }
    }

    @Nested
    class Bounces {

        @Test
        void plainTextBouncesNeedNoAutoSubmittedHeader() {
            MailClassification c = classify("""
                    From: MAILER-DAEMON@mx.example.net
                    To: help@example.com
                    Subject: failure notice

                    Hi. This is the qmail-send program at mx.example.net.
                    I'm afraid I wasn't able to deliver your message to the following addresses.
                    This is a permanent error; I've given up. Sorry it didn't work out.

                    <gone@example.org>:
                    192.0.2.1 does not like recipient.
                    Remote host said: 550 5.1.1 <gone@example.org>... User unknown
                    Giving up on 192.0.2.1.

                    --- Below this line is a copy of the message.

                    Message-ID: <ticket-42@help.example.com>
                    From: help@example.com
                    To: gone@example.org
                    Subject: Your ticket

                    Hello
                    """);

            assertThat(c.kind()).isEqualTo(MailKind.BOUNCE);
            assertThat(c.allowsAutoAnswer()).isFalse();
            assertThat(c.report().originalMessageId()).isEqualTo("ticket-42@help.example.com");
            assertThat(c.report().recipients()).singleElement().satisfies(r -> {
                assertThat(r.address()).isEqualTo("gone@example.org");
                assertThat(r.action()).isEqualTo(DeliveryAction.FAILED);
                assertThat(r.status()).isEqualTo("5.1.1");
                assertThat(r.smtpCode()).isEqualTo("550");
                assertThat(r.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
                assertThat(r.hard()).isTrue();
            });
        }

        @Test
        void aFullMailboxIsNotAHardBounce() {
            MailClassification c = classify(dsn("failed", "5.2.2", "smtp; 552 5.2.2 Mailbox full"));

            assertThat(c.kind()).isEqualTo(MailKind.BOUNCE);
            assertThat(c.signal()).isEqualTo("delivery status report (RFC 3464): failed");
            assertThat(c.report().recipients()).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
                assertThat(r.hard()).isFalse();
            });
            assertThat(c.report().originalMessageId()).isEqualTo("ticket-7@help.example.com");
        }

        @Test
        void successAndDelayReportsAreDeliveryReports() {
            MailClassification delivered = classify(dsn("delivered", "2.0.0", "smtp; 250 2.0.0 OK"));
            MailClassification delayed = classify(dsn("delayed", "4.4.7", "smtp; 451 4.4.7 still trying"));

            assertThat(delivered.kind()).isEqualTo(MailKind.DELIVERY_REPORT);
            assertThat(delivered.report().recipients().getFirst().reason()).isNull();
            assertThat(delayed.kind()).isEqualTo(MailKind.DELIVERY_REPORT);
            assertThat(delayed.report().recipients().getFirst().reason()).isEqualTo(BounceReason.EXPIRED);
            assertThat(delayed.allowsAutoAnswer()).isFalse();
        }

        private static String dsn(String action, String status, String diagnostic) {
            return """
                    From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
                    To: help@example.com
                    Subject: Delivery Status Notification
                    Content-Type: multipart/report; report-type=delivery-status; boundary=r

                    --r
                    Content-Type: text/plain

                    Report about your message.
                    --r
                    Content-Type: message/delivery-status

                    Reporting-MTA: dns; mx.example.net

                    Final-Recipient: rfc822; anna@example.org
                    Action: %s
                    Status: %s
                    Diagnostic-Code: %s
                    --r
                    Content-Type: text/rfc822-headers

                    Message-ID: <ticket-7@help.example.com>
                    Subject: Your ticket
                    --r--
                    """.formatted(action, status, diagnostic);
        }

        @Test
        void aBounceForwardedByAPersonIsNormal() {
            MailClassification c = classify("""
                    From: Anna <anna@example.com>
                    To: help@example.com
                    Subject: Fwd: Undelivered Mail Returned to Sender

                    Why did this happen?

                    This is the mail system at host mx.example.com.
                    I'm sorry to have to inform you that your message could not be delivered.
                    """);

            assertThat(c.kind()).isEqualTo(MailKind.NORMAL);
        }
    }

    @Nested
    class ZammadCorpus {

        private static final Map<String, MailKind> EXPECTED = Map.ofEntries(
                Map.entry("mail018", MailKind.BOUNCE),
                Map.entry("mail033-undelivered-mail-returned-to-sender", MailKind.BOUNCE),
                Map.entry("mail052", MailKind.BOUNCE),
                Map.entry("mail053", MailKind.BOUNCE),
                Map.entry("mail055", MailKind.BOUNCE),
                Map.entry("mail063", MailKind.BOUNCE),
                Map.entry("mail092", MailKind.BOUNCE),
                Map.entry("mail078", MailKind.DELIVERY_REPORT),
                Map.entry("mail043", MailKind.BULK),
                Map.entry("mail089", MailKind.BULK),
                Map.entry("mail090", MailKind.BULK));

        @Test
        void bouncesReportsAndBulkAreRecognisedAndEverythingElseIsNormal() {
            ZammadCheck.expectations().forEach((name, expected) -> {
                MailKind kind = classifier
                        .classify(parser.parse(ZammadCheck.raw(expected)))
                        .kind();
                assertThat(kind).as(name).isEqualTo(EXPECTED.getOrDefault(name, MailKind.NORMAL));
            });
        }

        @Test
        void bouncesNameTheMessageTheyAreAbout() {
            // Zammad threads these onto the ticket of the original message (zammad/PROVENANCE.md)
            Map<String, String> originals = Map.of(
                    "mail033-undelivered-mail-returned-to-sender", "20150830145601.30.608881@edenhofer.zammad.com",
                    "mail055", "20170526150141.232.13312@example.zammad.loc",
                    "mail078", "20150830145601.30.608881@example.com");
            Set<String> permanent = Set.of("mail033-undelivered-mail-returned-to-sender", "mail055");

            originals.forEach((name, id) -> {
                MailClassification c = classifier.classify(
                        parser.parse(ZammadCheck.raw(ZammadCheck.expectations().get(name))));
                assertThat(c.report().originalMessageId()).as(name).isEqualTo(id);
                assertThat(c.report().recipients().getFirst().hard()).as(name).isEqualTo(permanent.contains(name));
            });
        }
    }
}
