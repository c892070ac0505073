package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SlidingCounterTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void eventsShouldCountInTheirWindowAndLeaveItAfterADay() {
        SlidingCounter counter = new SlidingCounter();
        counter.add(T0);
        counter.add(T0.plus(Duration.ofMinutes(30)));
        counter.add(T0.plus(Duration.ofHours(2)));

        Instant now = T0.plus(Duration.ofHours(2));
        assertThat(counter.count(now, Duration.ofHours(1))).isEqualTo(1);
        assertThat(counter.count(now, Duration.ofHours(24))).isEqualTo(3);
        assertThat(counter.count(T0.plus(Duration.ofHours(25)), Duration.ofHours(24))).as("the first two left the day").isEqualTo(1);
        assertThat(counter.count(T0.plus(Duration.ofHours(27)), Duration.ofHours(24))).isZero();
    }

    @Test
    void anOlderEventWithinTheDayShouldCountInItsOwnBucketWithoutClearingNewerOnes() {
        SlidingCounter counter = new SlidingCounter();
        counter.add(T0.plus(Duration.ofHours(3)));
        counter.add(T0);
        counter.add(T0.minus(Duration.ofHours(30)));

        assertThat(counter.count(T0.plus(Duration.ofHours(3)), Duration.ofHours(24))).isEqualTo(2);
        assertThat(counter.count(T0.plus(Duration.ofHours(3)), Duration.ofHours(1))).isEqualTo(1);
    }

    @Test
    void aCounterShouldSurviveItsSerializedForm() {
        SlidingCounter counter = new SlidingCounter();
        counter.add(T0);
        counter.add(T0);
        counter.add(T0.plus(Duration.ofMinutes(12)));
        // Far later, after a quiet day: the ring moved past everything.
        SlidingCounter restored = new SlidingCounter();
        restored.restore(counter.serialize(T0.plus(Duration.ofMinutes(15))));

        assertThat(restored.count(T0.plus(Duration.ofMinutes(15)), Duration.ofHours(1))).isEqualTo(3);
        assertThat(restored.newestBucket()).isEqualTo(SlidingCounter.bucketOf(T0.plus(Duration.ofMinutes(12))));
        restored.add(T0.plus(Duration.ofDays(3)));
        assertThat(restored.count(T0.plus(Duration.ofDays(3)), Duration.ofHours(24))).isEqualTo(1);
    }
}
