package io.frontline.customers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record CustomerView(
        long id,
        String name,
        String email,
        List<String> emails,
        List<String> phones,
        List<String> handles,
        String language,
        String timeZone,
        Long organizationId,
        List<String> tags,
        Map<String, Object> customFields,
        Long mergedIntoId,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
