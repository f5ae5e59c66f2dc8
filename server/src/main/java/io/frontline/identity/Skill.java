package io.frontline.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Something an agent is good at, used by routing: a language ({@code kind=language, value=de}) or a product
 * ({@code kind=product, value=router}).
 */
public record Skill(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_-]{0,31}", message = "must be a lower-case word")
        String kind,

        @NotBlank @Size(max = 64) String value) {}
