package io.frontline.identity;

import java.time.Instant;
import java.util.List;

public record TeamView(
        long id,
        String name,
        TeamKind kind,
        String description,
        List<Long> memberIds,
        Instant createdAt,
        Instant updatedAt) {}
