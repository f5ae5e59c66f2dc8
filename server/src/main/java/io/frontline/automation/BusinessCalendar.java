package io.frontline.automation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Working time: when a team is at work. SLA targets "in business hours" and follow-ups "after a business-hours delay"
 * are measured with it; {@link #ALWAYS} is the calendar of targets in calendar hours.
 */
public interface BusinessCalendar {

    /** Every hour of every day: business time equals elapsed time. */
    BusinessCalendar ALWAYS = new BusinessCalendar() {
        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public boolean isOpen(Instant at) {
            return true;
        }

        @Override
        public Instant plus(Instant start, Duration businessTime) {
            return start.plus(businessTime);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };

    ZoneId zone();

    /** Whether {@code at} falls in working time. */
    boolean isOpen(Instant at);

    /** The instant at which {@code businessTime} of working time has passed after {@code start}. */
    Instant plus(Instant start, Duration businessTime);

    /** Working time between two instants ({@link Duration#ZERO} when {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to);
}
