package io.frontline.channels.email.corpus;

import io.frontline.channels.email.corpus.ZammadCheck.FieldResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/** Asserts the field results of one corpus case, each field on its own, honouring the listed deviations. */
public final class CaseAssertions {

    private CaseAssertions() {}

    /**
     * Every field in {@code asserted} must match, except those listed as deviations for this case, which must still
     * differ: a deviation that no longer occurs fails too, so that its entry gets removed.
     */
    public static void assertCase(List<FieldResult> results, Set<String> asserted, Map<String, String> deviations) {
        SoftAssertions softly = new SoftAssertions();
        for (FieldResult result : results) {
            if (!asserted.contains(result.field())) {
                continue;
            }
            String deviation = deviations.get(result.field());
            if (deviation != null) {
                softly.assertThat(result.matches())
                        .as(
                                "%s is listed as a deviation (%s) but now matches; remove it from the list",
                                result.field(), deviation)
                        .isFalse();
            } else {
                softly.assertThat(result.matches())
                        .as("%s%n  expected: %s%n  actual:   %s", result.field(), result.expected(), result.actual())
                        .isTrue();
            }
        }
        for (String field : deviations.keySet()) {
            softly.assertThat(results.stream().anyMatch(r -> r.field().equals(field)))
                    .as("deviation for %s names a field this case does not check", field)
                    .isTrue();
        }
        softly.assertAll();
    }
}
