package io.frontline.automation;

/** Which working-time calendar applies to a team's tickets. */
public interface BusinessCalendars {

    /** The team's calendar, else the default calendar, else {@link BusinessCalendar#ALWAYS}. */
    BusinessCalendar forTeam(Long teamId);
}
