package io.frontline.automation;

import java.time.Instant;
import java.util.List;

/** A business-hours calendar, with whether it is open now and when it next opens and closes (null when not in sight). */
public record BusinessHoursView(
        long id,
        String name,
        String description,
        String timeZone,
        boolean defaultCalendar,
        List<BusinessHoursInput.Shift> shifts,
        List<BusinessHoursInput.Holiday> holidays,
        List<Long> teamIds,
        OpenNow now,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record OpenNow(boolean open, Instant nextOpening, Instant nextClosing) {}
}
