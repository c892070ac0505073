package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class EpochNanosTest {
    @Test
    void aKeyShouldOrderAsItsInstantAndGiveItBack() {
        Instant early = Instant.parse("2026-11-28T13:00:00.000000001Z");
        Instant later = Instant.parse("2026-11-28T13:00:00.000000002Z");

        assertThat(EpochNanos.of(early)).isLessThan(EpochNanos.of(later));
        assertThat(EpochNanos.instant(EpochNanos.of(early))).isEqualTo(early);
        assertThat(EpochNanos.instant(EpochNanos.of(Instant.parse("1960-01-01T00:00:00.5Z"))))
            .isEqualTo(Instant.parse("1960-01-01T00:00:00.5Z"));
        assertThat(EpochNanos.instant(EpochNanos.NONE)).isNull();
    }

    @Test
    void timesOutsideTheRangeShouldSaturateAndStayAfterNone() {
        assertThat(EpochNanos.of(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(EpochNanos.of(Instant.MIN)).isGreaterThan(EpochNanos.NONE);
        assertThat(EpochNanos.plus(EpochNanos.of(Instant.EPOCH), Duration.ofSeconds(1))).isEqualTo(1_000_000_000L);
        assertThat(EpochNanos.plus(Long.MAX_VALUE - 1, Duration.ofDays(1))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void durationArithmeticShouldMatchDurationsOwnAndSaturate() {
        Duration wait = Duration.ofMillis(1500);
        assertThat(Durations.times(wait, 2)).isEqualTo(wait.multipliedBy(2));
        assertThat(Durations.times(wait, 10)).isEqualTo(wait.multipliedBy(10));
        assertThat(Durations.half(Duration.ofNanos(3))).isEqualTo(Duration.ofNanos(3).dividedBy(2));
        Duration huge = Duration.ofDays(200_000);
        assertThat(Durations.times(huge, 2)).isEqualTo(huge.multipliedBy(2));
        assertThat(Durations.half(huge)).isEqualTo(huge.dividedBy(2));
        assertThat(Durations.nanos(huge)).isEqualTo(Long.MAX_VALUE);
        assertThat(Durations.nanos(wait)).isEqualTo(1_500_000_000L);
    }
}
