package io.frontline.automation.internal;

import io.frontline.automation.BusinessCalendar;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One SLA target running on one ticket. It runs, pauses (pending, on hold) and resumes without losing the time already
 * used, and is done once met or stopped. Time is counted on the calendar given at each step (business hours of the
 * ticket's team, or every hour).
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    public enum Metric {
        FIRST_REPLY,
        NEXT_REPLY,
        RESOLUTION
    }

    public enum State {
        RUNNING,
        PAUSED,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_clock_seq")
    @SequenceGenerator(name = "sla_clock_seq", sequenceName = "sla_clock_seq", allocationSize = 50)
    private Long id;

    private long ticketId;
    private long policyId;
    private String policyName;
    private String metric;
    private int targetMinutes;
    private boolean businessHours;
    private int warnPercent;
    private String state;
    private Instant startedAt;
    private Instant runningSince;
    private long consumedSeconds;
    private Instant dueAt;
    private Instant warnAt;
    private Instant warnedAt;
    private Instant breachedAt;
    private Instant metAt;

    @Version
    private long version;

    protected SlaClock() {}

    public SlaClock(
            long ticketId, SlaPolicy policy, Metric metric, int targetMinutes, Instant now, BusinessCalendar cal) {
        this.ticketId = ticketId;
        this.metric = metric.name();
        this.startedAt = now;
        this.state = State.RUNNING.name();
        this.runningSince = now;
        target(policy, targetMinutes);
        schedule(now, cal);
    }

    public void pause(Instant now, BusinessCalendar cal) {
        if (state() != State.RUNNING) {
            return;
        }
        use(now, cal);
        runningSince = null;
        dueAt = null;
        warnAt = null;
        state = State.PAUSED.name();
    }

    public void resume(Instant now, BusinessCalendar cal) {
        if (state() != State.PAUSED) {
            return;
        }
        metAt = null;
        state = State.RUNNING.name();
        runningSince = now;
        schedule(now, cal);
    }

    /** The target was reached: done for replies; a resolution pauses, since reopening the ticket resumes it. */
    public void meet(Instant now, BusinessCalendar cal) {
        if (state() == State.DONE) {
            return;
        }
        pause(now, cal);
        metAt = now;
        if (metric() != Metric.RESOLUTION) {
            state = State.DONE.name();
        }
    }

    /** Stops without meeting the target (the ticket was closed, or no policy applies any more). */
    public void stop(Instant now, BusinessCalendar cal) {
        pause(now, cal);
        state = State.DONE.name();
    }

    /** Another policy applies now: the time used so far counts against the new target. */
    public void retarget(SlaPolicy policy, int minutes, Instant now, BusinessCalendar cal) {
        boolean running = state() == State.RUNNING;
        if (running) {
            use(now, cal);
            runningSince = now;
        }
        target(policy, minutes);
        if (running) {
            schedule(now, cal);
        }
    }

    public void markWarned(Instant now) {
        warnedAt = now;
        warnAt = null;
    }

    public void markBreached(Instant now) {
        breachedAt = now;
    }

    private void target(SlaPolicy policy, int minutes) {
        this.policyId = policy.getId();
        this.policyName = policy.getName();
        this.targetMinutes = minutes;
        this.businessHours = policy.isBusinessHours();
        this.warnPercent = policy.getWarnPercent();
    }

    private void use(Instant now, BusinessCalendar cal) {
        if (runningSince != null) {
            consumedSeconds += cal.between(runningSince, now).toSeconds();
        }
    }

    /** Due once the rest of the target has passed from now; overdue clocks keep the instant they fell due. */
    private void schedule(Instant now, BusinessCalendar cal) {
        long target = targetMinutes * 60L;
        long left = target - consumedSeconds;
        dueAt = left > 0 ? cal.plus(now, Duration.ofSeconds(left)) : (dueAt == null ? now : dueAt);
        long warnSeconds = target * warnPercent / 100;
        warnAt = warnedAt == null && warnSeconds > consumedSeconds
                ? cal.plus(now, Duration.ofSeconds(warnSeconds - consumedSeconds))
                : null;
    }

    public Metric metric() {
        return Metric.valueOf(metric);
    }

    public State state() {
        return State.valueOf(state);
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public long getPolicyId() {
        return policyId;
    }

    public String getPolicyName() {
        return policyName;
    }

    public int getTargetMinutes() {
        return targetMinutes;
    }

    public boolean isBusinessHours() {
        return businessHours;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getConsumedSeconds() {
        return consumedSeconds;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public Instant getMetAt() {
        return metAt;
    }
}
