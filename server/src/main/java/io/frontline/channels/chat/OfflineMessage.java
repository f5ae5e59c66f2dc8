package io.frontline.channels.chat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The form a visitor fills in when nobody is available to chat; it becomes a ticket answered by email. */
public record OfflineMessage(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 20_000) String text,
        @Size(max = 10) Map<String, @Size(max = 500) String> fields) {}
