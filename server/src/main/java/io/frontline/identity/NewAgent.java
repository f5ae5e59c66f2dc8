package io.frontline.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Creates an agent. Without a password the agent cannot sign in until an admin sets one. */
public record NewAgent(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(min = 10, max = 200) String password,
        Role role,
        @Min(1) @Max(3) Integer tier,
        List<Long> teamIds,
        List<@Valid Skill> skills) {}
