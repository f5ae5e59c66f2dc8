package io.frontline.channels.chat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The pre-chat form: who the visitor is, their question, and the widget's extra fields. */
public record StartChat(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 20_000) String text,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 letters, digits, - or _")
        String clientMessageId,

        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag")
        String language,

        @Size(max = 2000) String pageUrl,
        @Size(max = 10) Map<String, @Size(max = 500) String> fields) {}
