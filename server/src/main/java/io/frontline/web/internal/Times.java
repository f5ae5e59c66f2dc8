package io.frontline.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formats instants for templates ({@code @times.brief(...)}): today's as a time, older ones with their date. */
@Component("times")
class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Clock clock;

    Times(Clock clock) {
        this.clock = clock;
    }

    public String brief(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (local.toLocalDate().equals(today)) {
            return TIME.format(local);
        }
        return local.getYear() == today.getYear() ? DAY.format(local) : YEAR.format(local);
    }

    /** How far off a due time is: "in 45 min", "in 3 h 10 min", "2 d 4 h overdue". */
    public String due(Instant at) {
        if (at == null) {
            return "";
        }
        java.time.Duration left = java.time.Duration.between(clock.instant(), at);
        boolean late = left.isNegative();
        long minutes = Math.abs(left.toMinutes());
        String span = minutes < 60
                ? minutes + " min"
                : minutes < 24 * 60
                        ? (minutes / 60) + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min")
                        : (minutes / (24 * 60)) + " d"
                                + ((minutes / 60) % 24 == 0 ? "" : " " + (minutes / 60) % 24 + " h");
        return late ? span + " overdue" : "in " + span;
    }

    /** Whether a due time has passed. */
    public boolean overdue(Instant at) {
        return at != null && at.isBefore(clock.instant());
    }

    /** Whether a due time is less than an hour away (or passed). */
    public boolean dueSoon(Instant at) {
        return at != null && at.isBefore(clock.instant().plusSeconds(3600));
    }

    public String full(Instant at) {
        return at == null ? "" : FULL.format(at.atZone(clock.getZone()));
    }
}
