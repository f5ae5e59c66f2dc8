package io.frontline.automation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A business-hours calendar as stored: a time zone, weekly shifts and holidays as JSON, and the default flag. */
@Entity
@Table(name = "business_calendar")
public class WorkCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String description;
    private String timeZone;

    @Column(name = "default_calendar")
    private boolean defaultCalendar;

    private String shifts;
    private String holidays;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected WorkCalendar() {}

    public WorkCalendar(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(
            String name,
            String description,
            String timeZone,
            boolean defaultCalendar,
            String shifts,
            String holidays,
            Instant now) {
        this.name = name;
        this.description = description;
        this.timeZone = timeZone;
        this.defaultCalendar = defaultCalendar;
        this.shifts = shifts;
        this.holidays = holidays;
        this.updatedAt = now;
    }

    /** Another calendar became the default. */
    public void notDefault(Instant now) {
        this.defaultCalendar = false;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isDefaultCalendar() {
        return defaultCalendar;
    }

    public String getShifts() {
        return shifts;
    }

    public String getHolidays() {
        return holidays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
