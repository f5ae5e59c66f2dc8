package io.frontline.kernel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Opaque keyset-paging cursors: the position after which the next page starts, either an id or a (sort key, instant,
 * id) triple. Clients only hand them back; a cursor that was not issued for the same order is refused as a 422.
 */
public final class Cursor {

    /** A position in an order by (instant, id). */
    public record Position(Instant at, long id) {}

    private Cursor() {}

    public static String ofId(long id) {
        return encode("id|" + id);
    }

    /** The id in a cursor from {@link #ofId}; {@code whenAbsent} for a first page. */
    public static long id(String cursor, long whenAbsent) {
        if (cursor == null) {
            return whenAbsent;
        }
        String[] parts = decode(cursor);
        if (parts.length != 2 || !parts[0].equals("id")) {
            throw invalid();
        }
        return parse(parts[1]);
    }

    public static String of(String order, Instant at, long id) {
        return encode(order + "|" + ChronoUnit.MICROS.between(Instant.EPOCH, at) + "|" + id);
    }

    public static Position position(String cursor, String order) {
        String[] parts = decode(cursor);
        if (parts.length != 3 || !parts[0].equals(order)) {
            throw invalid();
        }
        return new Position(Instant.EPOCH.plus(parse(parts[1]), ChronoUnit.MICROS), parse(parts[2]));
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(
                "cursor", "is not a cursor returned by this endpoint for the same order and filters");
    }
}
