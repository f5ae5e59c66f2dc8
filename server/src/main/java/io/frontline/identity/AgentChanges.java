package io.frontline.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A partial update of an agent: a {@code null} field is left as it is. */
public record AgentChanges(
        @Size(min = 1, max = 200) String name,
        @Email @Size(max = 320) String email,
        @Size(min = 10, max = 200) String password,
        Role role,
        @Min(1) @Max(3) Integer tier,
        Boolean active,
        List<Long> teamIds,
        List<@Valid Skill> skills) {}
