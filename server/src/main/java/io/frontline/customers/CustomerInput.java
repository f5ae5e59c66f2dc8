package io.frontline.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A customer as written by a client. For a create, {@code name} or an email is required; for a partial update a
 * {@code null} field stays as it is, and a given list replaces the old one.
 */
public record CustomerInput(
        @Size(max = 200) String name,
        @Size(max = 20) List<@NotBlank @Email @Size(max = 320) String> emails,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> phones,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> handles,
        @Size(max = 35) String language,
        @Size(max = 64) String timeZone,
        Long organizationId,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags,
        @Size(max = 50) Map<String, Object> customFields) {}
