package io.frontline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void readsHoursDaysAndWeeksAndCountsBackFromNow() {
        assertThat(RelativeTime.parse("12h").before(NOW)).isEqualTo(Instant.parse("2026-11-21T22:00:00Z"));
        assertThat(RelativeTime.parse(" 3D ").before(NOW)).isEqualTo(Instant.parse("2026-11-19T10:00:00Z"));
        assertThat(RelativeTime.parse("2w").before(NOW)).isEqualTo(Instant.parse("2026-11-08T10:00:00Z"));
        assertThat(RelativeTime.parse("3d")).hasToString("3d");
    }

    @Test
    void refusesWhatIsNotAnAmountAndAUnit() {
        assertThat(RelativeTime.parse("0d")).isNull();
        assertThat(RelativeTime.parse("3")).isNull();
        assertThat(RelativeTime.parse("3 days")).isNull();
        assertThat(RelativeTime.parse("10000d")).isNull();
        assertThatThrownBy(() -> new RelativeTime(0, RelativeTime.Unit.DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
