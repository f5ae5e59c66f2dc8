package io.frontline.tickets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time counted back from the moment a list is read, such as "7 days" in "created in the last 7 days": saved
 * views keep it, and it becomes an instant only when the view is queried. Written as {@code 12h}, {@code 3d} or
 * {@code 2w}.
 */
public record RelativeTime(int amount, Unit unit) {

    public static final int MAX_AMOUNT = 9999;

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})([hdw])");

    public enum Unit {
        HOURS("h", 1),
        DAYS("d", 24),
        WEEKS("w", 24 * 7);

        private final String symbol;
        private final int hours;

        Unit(String symbol, int hours) {
            this.symbol = symbol;
            this.hours = hours;
        }

        public String symbol() {
            return symbol;
        }

        /** The unit written as {@code h}, {@code d} or {@code w}, or {@code null}. */
        public static Unit of(String symbol) {
            for (Unit unit : values()) {
                if (unit.symbol.equals(symbol)) {
                    return unit;
                }
            }
            return null;
        }
    }

    public RelativeTime {
        if (amount < 1 || amount > MAX_AMOUNT || unit == null) {
            throw new IllegalArgumentException("a relative time is 1 to " + MAX_AMOUNT + " hours, days or weeks");
        }
    }

    /** Reads {@code 12h}, {@code 3d} or {@code 2w}; {@code null} when the text is not one of those. */
    public static RelativeTime parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            return null;
        }
        return new RelativeTime(Integer.parseInt(matcher.group(1)), Unit.of(matcher.group(2)));
    }

    /** The instant this long before {@code now}. */
    public Instant before(Instant now) {
        return now.minus((long) amount * unit.hours, ChronoUnit.HOURS);
    }

    @Override
    public String toString() {
        return amount + unit.symbol;
    }
}
