package io.frontline.channels.chat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates or replaces a widget's settings. {@code identitySecret}: {@code null} keeps the current one, an empty
 * string removes it.
 */
public record WidgetInput(
        @NotBlank @Size(max = 200) String name,
        Long teamId,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> allowedOrigins,
        @Size(max = 1000) String greeting,
        @Size(max = 1000) String offlineMessage,

        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #2563eb")
        String color,

        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag like en or pt-BR")
        String language,

        @Size(max = 10) List<WidgetView.@Valid PrechatField> prechatFields,
        @Size(max = 200) String identitySecret,
        Boolean active) {}
