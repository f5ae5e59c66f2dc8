package io.frontline.tickets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Opens a ticket. The requester is an existing customer ({@code requesterId}) or is found or created by email
 * ({@code requester}). The first message is written by the requester unless it says otherwise.
 */
public record NewTicket(
        @NotBlank @Size(max = 250) String subject,
        @Valid Requester requester,
        Long requesterId,
        Channel channel,
        Priority priority,
        TicketType type,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags,
        Long teamId,
        Long assigneeId,
        @Size(max = 100) Map<String, Object> customFields,
        @Size(max = 100) List<Long> followerIds,
        @NotNull @Valid NewMessage message) {

    public record Requester(
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 200) String name) {}
}
