package io.frontline.automation;

import jakarta.validation.constraints.Size;

/**
 * An SLA policy as written by a lead: targets in minutes (each optional), counted in business hours of the ticket's
 * team or in calendar hours, and the share of a target (percent) at which a warning is raised.
 */
public record SlaPolicyInput(
        @Size(max = 120) String name,
        @Size(max = 1000) String description,
        Boolean active,
        Integer position,
        Conditions conditions,
        Integer firstReplyMinutes,
        Integer nextReplyMinutes,
        Integer resolutionMinutes,
        Boolean businessHours,
        Integer warnPercent) {}
