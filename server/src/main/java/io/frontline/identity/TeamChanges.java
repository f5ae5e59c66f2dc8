package io.frontline.identity;

import jakarta.validation.constraints.Size;

/** A partial update of a team: a {@code null} field is left as it is. */
public record TeamChanges(
        @Size(min = 1, max = 120) String name,
        TeamKind kind,
        @Size(max = 1000) String description) {}
