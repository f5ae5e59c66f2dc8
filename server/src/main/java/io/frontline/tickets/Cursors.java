package io.frontline.tickets;

import io.frontline.kernel.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors over ascending ids, for messages, history and timelines. */
final class Cursors {

    private Cursors() {}

    static String id(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
    }

    static long afterId(String cursor) {
        if (cursor == null) {
            return 0;
        }
        return decode(cursor);
    }

    static long decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("id:")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(raw.substring(3));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor returned by this endpoint");
        }
    }
}
