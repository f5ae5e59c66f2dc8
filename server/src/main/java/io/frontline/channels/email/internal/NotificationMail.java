package io.frontline.channels.email.internal;

import io.frontline.notifications.NotificationView;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * The email an agent gets about one of their notifications: the notification's text, who caused it and a link to the
 * ticket. Written from the notification and the public address of the workspace only, so it can carry nothing else.
 */
record NotificationMail(String subject, String text, String html) {

    static NotificationMail of(NotificationView n, long ticketId, String ticketSubject, String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String subjectLine = ticketSubject == null ? "" : Outbox.stripToken(ticketSubject.replaceAll("[\\r\\n]+", " "));
        String subject = "[Frontline] " + (subjectLine.isEmpty() ? "Ticket" : subjectLine) + " [#" + ticketId + "]";
        String ticketUrl = base + "/tickets/" + ticketId;
        String settingsUrl = base + "/notifications";
        String by = n.actorName() == null || n.actorName().isBlank() ? null : n.actorName();
        StringBuilder text = new StringBuilder();
        text.append(n.text()).append("\n\n");
        text.append("Ticket #").append(ticketId);
        if (!subjectLine.isEmpty()) {
            text.append(": ").append(subjectLine);
        }
        text.append('\n').append(ticketUrl).append("\n\n");
        if (by != null) {
            text.append("From: ").append(by).append('\n');
        }
        text.append("-- \nYou receive this email because of your notification settings: ")
                .append(settingsUrl)
                .append('\n');
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(n.text()).replace("\n", "<br>\n")).append("</p>\n");
        html.append("<p><a href=\"")
                .append(escape(ticketUrl))
                .append("\">Ticket #")
                .append(ticketId)
                .append(subjectLine.isEmpty() ? "" : ": " + escape(subjectLine))
                .append("</a></p>\n");
        if (by != null) {
            html.append("<p>From: ").append(escape(by)).append("</p>\n");
        }
        html.append("<p style=\"color:#666\">You receive this email because of your <a href=\"")
                .append(escape(settingsUrl))
                .append("\">notification settings</a>.</p>");
        return new NotificationMail(subject, text.toString(), html.toString());
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, StandardCharsets.UTF_8.name());
    }
}
