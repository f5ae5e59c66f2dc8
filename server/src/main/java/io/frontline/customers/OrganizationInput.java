package io.frontline.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An organization as written by a client; in a partial update a {@code null} field stays as it is. */
public record OrganizationInput(
        @Size(min = 1, max = 200) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 253) String> domains,
        Long accountManagerId,
        OrganizationTier tier,
        @Size(max = 10000) String notes) {}
