package io.frontline.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewTeam(
        @NotBlank @Size(max = 120) String name,
        TeamKind kind,
        @Size(max = 1000) String description) {}
