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

    public String full(Instant at) {
        return at == null ? "" : FULL.format(at.atZone(clock.getZone()));
    }
}
