package io.frontline.customers;

import java.time.Instant;
import java.util.List;

public record OrganizationView(
        long id,
        String name,
        List<String> domains,
        Long accountManagerId,
        OrganizationTier tier,
        String notes,
        Long mergedIntoId,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
