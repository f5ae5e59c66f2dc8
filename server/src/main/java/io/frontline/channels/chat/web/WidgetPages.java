package io.frontline.channels.chat.web;

import io.frontline.channels.chat.ChatWidgets;
import io.frontline.channels.chat.WidgetView;
import io.frontline.channels.chat.internal.ChatProperties;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The chat frame that the loader script opens on a website. It may be framed only by the widget's allowed origins
 * (and Frontline itself, for the preview in the admin pages); the browser enforces that through frame-ancestors.
 */
@Controller
class WidgetPages {

    /** The frame script's texts, in the visitor's language (their browser's Accept-Language). */
    static final List<String> STRINGS = List.of(
            "chat.title",
            "chat.close",
            "chat.online",
            "chat.offline",
            "chat.prechat.intro",
            "chat.name",
            "chat.email",
            "chat.question",
            "chat.start",
            "chat.offline.intro",
            "chat.offline.send",
            "chat.offline.sent",
            "chat.queued",
            "chat.joined",
            "chat.typing",
            "chat.message",
            "chat.send",
            "chat.attach",
            "chat.sending",
            "chat.failed",
            "chat.retry",
            "chat.read",
            "chat.reconnecting",
            "chat.ended",
            "chat.end",
            "chat.newChat",
            "chat.transcript",
            "chat.transcriptSent",
            "chat.earlier",
            "chat.required",
            "chat.error",
            "chat.fileTooLarge",
            "chat.fileType");

    private final ChatWidgets widgets;
    private final ChatProperties properties;
    private final MessageSource messages;

    WidgetPages(ChatWidgets widgets, ChatProperties properties, MessageSource messages) {
        this.widgets = widgets;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/chat/frame/{key}")
    String frame(@PathVariable String key, Model model, HttpServletResponse response, Locale locale) {
        WidgetView widget = widgets.byKey(key).orElseThrow(() -> new NotFoundException("Chat widget", key));
        String ancestors = widget.allowedOrigins().stream().collect(Collectors.joining(" "));
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
                        + " connect-src 'self'; form-action 'none'; base-uri 'none';"
                        + " frame-ancestors 'self' " + ancestors);
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("widget", widget);
        model.addAttribute("maxUpload", properties.maxUpload().toBytes());
        model.addAttribute("uploadTypes", String.join(",", properties.uploadTypes()));
        Map<String, String> strings = new LinkedHashMap<>();
        for (String k : STRINGS) {
            strings.put(k.substring("chat.".length()), messages.getMessage(k, null, k, locale));
        }
        model.addAttribute("strings", Json.write(strings).replace("<", "\\u003c"));
        model.addAttribute("lang", locale.getLanguage());
        return "chat/frame";
    }
}
