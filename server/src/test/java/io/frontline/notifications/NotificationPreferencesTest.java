package io.frontline.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.kernel.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    @Test
    void kindsAreReadByTheirValueWhateverTheirCase() {
        assertThat(NotificationPreferences.kinds(List.of("rule", " ESCALATION ")))
                .containsExactlyInAnyOrder(NotificationKind.RULE, NotificationKind.ESCALATION);
    }

    @Test
    void anUnknownKindIsRefusedNotDropped() {
        assertThatThrownBy(() -> NotificationPreferences.kinds(List.of("rule", "weather")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void storedMutedKindsIgnoreOnesThatNoLongerExist() {
        assertThat(NotificationPreferences.parseMuted("rule,gone,,follow_up"))
                .containsExactlyInAnyOrder(NotificationKind.RULE, NotificationKind.FOLLOW_UP);
        assertThat(NotificationPreferences.parseMuted("")).isEmpty();
    }
}
