package io.frontline.bench.data;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Renders rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes for tab, newline,
 * carriage return and backslash. Timestamps are written in UTC with microseconds, which is what the columns hold.
 */
final class CopyText {

    private CopyText() {}

    static void appendRow(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) out.append('\t');
            append(out, row[i]);
        }
        out.append('\n');
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("\\N");
            case String text -> escape(out, text);
            case Instant instant -> timestamp(out, instant);
            case Boolean flag -> out.append(flag ? 't' : 'f');
            case Number number -> out.append(number.longValue());
            default -> throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static void timestamp(StringBuilder out, Instant instant) {
        long seconds = instant.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        out.append(date.getYear()).append('-');
        two(out, date.getMonthValue());
        out.append('-');
        two(out, date.getDayOfMonth());
        out.append(' ');
        two(out, secondOfDay / 3600);
        out.append(':');
        two(out, secondOfDay / 60 % 60);
        out.append(':');
        two(out, secondOfDay % 60);
        out.append('.');
        String micros = Integer.toString(instant.getNano() / 1000);
        out.repeat('0', 6 - micros.length()).append(micros).append("+00");
    }

    private static void two(StringBuilder out, int value) {
        if (value < 10) out.append('0');
        out.append(value);
    }
}
