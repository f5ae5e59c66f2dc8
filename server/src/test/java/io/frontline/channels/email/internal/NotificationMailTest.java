package io.frontline.channels.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.notifications.NotificationView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationMailTest {

    private static NotificationView notification(String text, String actor) {
        return new NotificationView(7, "rule", 42L, "old subject", text, actor, Instant.EPOCH, null);
    }

    @Test
    void theSubjectNamesFrontlineTheTicketAndItsTokenOnce() {
        NotificationMail mail =
                NotificationMail.of(notification("Look", null), 42, "Re: Broken [#42]", "https://desk.example.com/");

        assertThat(mail.subject()).isEqualTo("[Frontline] Re: Broken [#42]");
    }

    @Test
    void theBodiesCarryTheTextWhoCausedItAndALinkToTheTicketUnderThePublicUrl() {
        NotificationMail mail = NotificationMail.of(
                notification("Please look\nsoon", "Trigger: VIP"), 42, "Broken", "https://desk.example.com/");

        assertThat(mail.text())
                .contains("Please look")
                .contains("https://desk.example.com/tickets/42")
                .contains("From: Trigger: VIP")
                .contains("https://desk.example.com/notifications");
        assertThat(mail.html()).contains("<a href=\"https://desk.example.com/tickets/42\">Ticket #42: Broken</a>");
    }

    @Test
    void htmlInTheTextOrSubjectIsEscaped() {
        NotificationMail mail = NotificationMail.of(
                notification("<script>alert(1)</script>", "<b>Rule</b>"), 1, "<img src=x>", "http://localhost:8080");

        assertThat(mail.html())
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;");
    }

    @Test
    void aLineBreakInTheSubjectCannotAddAHeader() {
        NotificationMail mail =
                NotificationMail.of(notification("x", null), 3, "Hi\r\nBcc: all@example.com", "http://localhost:8080");

        assertThat(mail.subject()).doesNotContain("\n").doesNotContain("\r");
    }
}
