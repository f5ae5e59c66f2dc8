package io.frontline.bench.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.bench.chat.DeliveryLedger.Outcome;
import org.junit.jupiter.api.Test;

class DeliveryLedgerTest {

    private static final long MS = 1_000_000;

    @Test
    void recordsTheLatencyFromTheDueInstantOfEachReceiversFirstDelivery() {
        DeliveryLedger ledger = new DeliveryLedger(2);
        ledger.sent("a", 1_000 * MS, true);
        ledger.sent("b", 1_001 * MS, true);

        assertThat(ledger.received(0, "a", 1_004 * MS)).isEqualTo(Outcome.FIRST);
        assertThat(ledger.received(1, "a", 1_009 * MS)).isEqualTo(Outcome.FIRST);
        assertThat(ledger.received(0, "b", 1_003 * MS)).isEqualTo(Outcome.FIRST);

        DeliveryLedger.Summary summary = ledger.summary();
        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.receivers()[0].latenciesMicros()).containsExactlyInAnyOrder(4_000L, 2_000L);
        assertThat(summary.receivers()[1].latenciesMicros()).containsExactly(9_000L);
    }

    @Test
    void countsASecondDeliveryToTheSameReceiverAsADuplicateWithoutASecondLatency() {
        DeliveryLedger ledger = new DeliveryLedger(2);
        ledger.sent("a", 0, true);

        ledger.received(0, "a", 5 * MS);
        assertThat(ledger.received(0, "a", 6 * MS)).isEqualTo(Outcome.DUPLICATE);
        assertThat(ledger.received(1, "a", 7 * MS)).isEqualTo(Outcome.FIRST);

        DeliveryLedger.ReceiverTally own = ledger.summary().receivers()[0];
        assertThat(own.delivered()).isEqualTo(1);
        assertThat(own.duplicated()).isEqualTo(1);
        assertThat(own.lost()).isZero();
        assertThat(own.latenciesMicros()).containsExactly(5_000L);
        assertThat(ledger.summary().receivers()[1].duplicated()).isZero();
    }

    @Test
    void countsWhatAReceiverNeverSawAsLostThere() {
        DeliveryLedger ledger = new DeliveryLedger(2);
        ledger.sent("a", 0, true);
        ledger.sent("b", 0, true);
        ledger.sent("c", 0, true);
        ledger.received(0, "a", MS);
        ledger.received(0, "b", MS);
        ledger.received(1, "a", MS);

        DeliveryLedger.Summary summary = ledger.summary();

        assertThat(summary.receivers()[0].delivered()).isEqualTo(2);
        assertThat(summary.receivers()[0].lost()).isEqualTo(1);
        assertThat(summary.receivers()[1].delivered()).isEqualTo(1);
        assertThat(summary.receivers()[1].lost()).isEqualTo(2);
    }

    @Test
    void keepsWarmUpMessagesOutOfTheFiguresButStillRecognisesThem() {
        DeliveryLedger ledger = new DeliveryLedger(1);
        ledger.sent("warm", 0, false);
        ledger.sent("measured", 0, true);

        assertThat(ledger.received(0, "warm", MS)).isEqualTo(Outcome.FIRST);
        assertThat(ledger.received(0, "warm", MS)).isEqualTo(Outcome.DUPLICATE);

        DeliveryLedger.Summary summary = ledger.summary();
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(summary.unknown()).isZero();
        assertThat(summary.receivers()[0].duplicated()).isZero();
        assertThat(summary.receivers()[0].lost()).isEqualTo(1);
        assertThat(summary.receivers()[0].latenciesMicros()).isEmpty();
    }

    @Test
    void countsBroadcastsItNeverEnteredAsUnknown() {
        DeliveryLedger ledger = new DeliveryLedger(1);

        assertThat(ledger.received(0, "someone-else", MS)).isEqualTo(Outcome.UNKNOWN);
        assertThat(ledger.received(0, null, MS)).isEqualTo(Outcome.UNKNOWN);

        assertThat(ledger.summary().unknown()).isEqualTo(2);
        assertThat(ledger.summary().sent()).isZero();
    }

    @Test
    void countsFailedSendsAndTheirMessagesAsLost() {
        DeliveryLedger ledger = new DeliveryLedger(1);
        ledger.sent("a", 0, true);
        ledger.sendFailed("a");
        ledger.sendFailed("never-entered");

        DeliveryLedger.Summary summary = ledger.summary();

        assertThat(summary.sendFailures()).isEqualTo(1);
        assertThat(summary.receivers()[0].lost()).isEqualTo(1);
    }

    @Test
    void refusesAClientMessageIdTwiceAndUnknownReceivers() {
        DeliveryLedger ledger = new DeliveryLedger(1);
        ledger.sent("a", 0, true);

        assertThatThrownBy(() -> ledger.sent("a", 1, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.received(1, "a", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clampsABroadcastSeenBeforeItsDueInstantToZero() {
        DeliveryLedger ledger = new DeliveryLedger(1);
        ledger.sent("early", 10 * MS, true);

        ledger.received(0, "early", 9 * MS);

        assertThat(ledger.summary().receivers()[0].latenciesMicros()).containsExactly(0L);
    }
}
