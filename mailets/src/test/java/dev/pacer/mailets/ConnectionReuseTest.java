package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ConnectionReuseTest {
    private static final Instant OPENED = Instant.parse("2026-11-28T10:00:00Z");
    private final ConnectionReuse reuse = new ConnectionReuse(3, Duration.ofSeconds(5));

    @Test
    void aSessionShouldCarryMailUpToTheMessageLimit() {
        assertThat(reuse.mayCarryAnother(2, Integer.MAX_VALUE, OPENED, OPENED.plusSeconds(1))).isTrue();
        assertThat(reuse.mayCarryAnother(3, Integer.MAX_VALUE, OPENED, OPENED.plusSeconds(1))).isFalse();
    }

    @Test
    void aLimitLearnedFromTheReceiverShouldWinWhenLower() {
        assertThat(reuse.mayCarryAnother(1, 2, OPENED, OPENED.plusSeconds(1))).isTrue();
        assertThat(reuse.mayCarryAnother(2, 2, OPENED, OPENED.plusSeconds(1))).isFalse();
        assertThat(reuse.mayCarryAnother(2, 50, OPENED, OPENED.plusSeconds(1))).isTrue();
    }

    @Test
    void aSessionAsOldAsTheTimeLimitShouldTakeNoMoreMail() {
        assertThat(reuse.mayCarryAnother(1, Integer.MAX_VALUE, OPENED, OPENED.plusMillis(4_999))).isTrue();
        assertThat(reuse.mayCarryAnother(1, Integer.MAX_VALUE, OPENED, OPENED.plusSeconds(5))).isFalse();
    }

    @Test
    void aMessageLimitBelowOneShouldBeRefused() {
        assertThatThrownBy(() -> new ConnectionReuse(0, Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
