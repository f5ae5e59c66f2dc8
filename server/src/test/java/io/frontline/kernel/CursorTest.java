package io.frontline.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsAnId() {
        assertThat(Cursor.id(Cursor.ofId(4711), 0)).isEqualTo(4711);
        assertThat(Cursor.id(null, 99)).isEqualTo(99);
    }

    @Test
    void roundTripsAPositionToTheMicrosecond() {
        Instant at = Instant.parse("2026-11-22T10:15:30.123456Z");

        Cursor.Position position = Cursor.position(Cursor.of("-createdAt", at, 42), "-createdAt");

        assertThat(position).isEqualTo(new Cursor.Position(at, 42));
    }

    @Test
    void refusesACursorIssuedForAnotherOrder() {
        String cursor = Cursor.of("-createdAt", Instant.EPOCH, 1);

        assertThatThrownBy(() -> Cursor.position(cursor, "updatedAt"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e)
                                .violations()
                                .getFirst()
                                .field())
                        .isEqualTo("cursor"));
        assertThatThrownBy(() -> Cursor.id(cursor, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> Cursor.id("%%%", 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Cursor.position("aWR8eA", "x")).isInstanceOf(InvalidInputException.class);
    }
}
