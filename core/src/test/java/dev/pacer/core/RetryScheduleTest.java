package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    @Test
    void parseShouldExpandCountsAndUnits() {
        RetrySchedule schedule = RetrySchedule.parse("2*30s, 5m, 1 hour");

        assertThat(schedule.delays()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofHours(1));
    }

    @Test
    void parseShouldReadABareNumberAsMillisecondsLikeRemoteDelivery() {
        assertThat(RetrySchedule.parse("5000, 100000, 500000").delays())
            .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(100), Duration.ofSeconds(500));
    }

    @Test
    void parseShouldAcceptZeroDelaysAsRemoteDeliveryDoes() {
        RetrySchedule schedule = RetrySchedule.parse("0*1s");

        assertThat(schedule.delays()).isEmpty();
        assertThat(schedule.delayBeforeRetry(1)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void delayBeforeRetryShouldRepeatTheLastDelayPastTheList() {
        RetrySchedule schedule = RetrySchedule.parse("1s, 2s");

        assertThat(schedule.delayBeforeRetry(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(schedule.delayBeforeRetry(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.delayBeforeRetry(9)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void parseShouldNameTheBadEntry() {
        assertThatThrownBy(() -> RetrySchedule.parse("30s, 5 fortnights"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'5 fortnights'")
            .hasMessageContaining("units are");
    }

    @Test
    void parseShouldRejectAnEmptyValue() {
        assertThatThrownBy(() -> RetrySchedule.parse(" "))
            .hasMessageContaining("[count*]duration");
    }

    @Test
    void parseShouldRejectAnEmptyEntry() {
        assertThatThrownBy(() -> RetrySchedule.parse("30s,,5m"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void delayBeforeRetryShouldRejectRetryZero() {
        assertThatThrownBy(() -> RetrySchedule.parse("1s").delayBeforeRetry(0))
            .hasMessageContaining("start at 1");
    }
}
