package io.frontline.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenerateOptionsTest {

    private static final String URL = "jdbc:h2:mem:options";

    @Test
    void unknownOptionsAndSizesAreRejected() {
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", URL, "--colour", "red"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", URL, "--size", "huge"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("huge");
    }

    @Test
    void onlyPostgresqlAndH2UrlsAreAccepted() {
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", "jdbc:mysql://localhost/frontline"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> Generate.parse(new String[] {"--size", "small"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("--url is required");
    }

    @Test
    void defaultsAreSeedFortyTwoTheSmallSizeAndTheBenchPassword() {
        Generate.Options options = Generate.parse(new String[] {"--url", URL});
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.size()).isEqualTo("small");
        assertThat(options.agentPassword()).isEqualTo("bench-password");
        assertThat(options.user()).isEqualTo("sa");
        assertThat(options.fresh()).isFalse();
        assertThat(options.migrations().resolve("tickets")).isDirectory();
    }

    @Test
    void optionsAcceptBothSpacedAndEqualsForms() {
        Generate.Options options =
                Generate.parse(new String[] {"--url=" + URL, "--size", "tiny", "--seed=7", "--fresh"});
        assertThat(options.size()).isEqualTo("tiny");
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.fresh()).isTrue();
    }

    @Test
    void aBacklogNeedsEnoughTicketsAndAnInstantOrNowAsItsEnd() {
        Generate.Options options = Generate.parse(
                new String[] {"--url", URL, "--size", "tiny", "--backlog", "500", "--ends-at", "2026-12-07T00:00:00Z"});
        assertThat(options.spec().backlog()).isEqualTo(500);
        assertThat(options.spec().endsAt()).isEqualTo(java.time.Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(Generate.parse(new String[] {"--url", URL}).spec().backlog()).isZero();
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", URL, "--size", "tiny", "--backlog", "601"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("--backlog");
        assertThatThrownBy(() -> Generate.parse(new String[] {"--url", URL, "--ends-at", "tomorrow"}))
                .isInstanceOf(Generate.UsageException.class)
                .hasMessageContaining("--ends-at");
    }
}
