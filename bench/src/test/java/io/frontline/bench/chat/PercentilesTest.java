package io.frontline.bench.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesTheNearestRankOfTheSortedValues() {
        long[] values = LongStream.rangeClosed(1, 1000).map(v -> 1001 - v).toArray();

        Percentiles p = new Percentiles(values);

        assertThat(p.count()).isEqualTo(1000);
        assertThat(p.at(0.5)).isEqualTo(500);
        assertThat(p.at(0.95)).isEqualTo(950);
        assertThat(p.at(0.99)).isEqualTo(990);
        assertThat(p.at(0.999)).isEqualTo(999);
        assertThat(p.at(1.0)).isEqualTo(1000);
        assertThat(p.max()).isEqualTo(1000);
    }

    @Test
    void aSingleSlowValueShowsOnlyInTheTailItBelongsTo() {
        long[] values = new long[200];
        java.util.Arrays.fill(values, 3);
        values[17] = 900;

        Percentiles p = new Percentiles(values);

        assertThat(p.at(0.99)).isEqualTo(3);
        assertThat(p.at(0.999)).isEqualTo(900);
    }

    @Test
    void answersNaNWithoutValuesAndRefusesQuantilesOutsideTheRange() {
        assertThat(new Percentiles(new long[0]).at(0.5)).isNaN();
        assertThatThrownBy(() -> new Percentiles(new long[] {1}).at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(new long[] {1}).at(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concatenatesTheValuesOfSeveralProcesses() {
        assertThat(Percentiles.concat(List.of(new long[] {1, 2}, new long[0], new long[] {3})))
                .containsExactly(1, 2, 3);
    }
}
