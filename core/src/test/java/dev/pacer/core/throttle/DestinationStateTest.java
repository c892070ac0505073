package dev.pacer.core.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class DestinationStateTest {
    private static final DestinationKey KEY = DestinationKey.domain("example.org");
    private static final WindowPolicy POLICY = new WindowPolicy(4, 10, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));

    private final MutableClock clock = new MutableClock();

    private DestinationState state(int window) {
        return new DestinationState(KEY, window);
    }

    private static int start(DestinationState state, MutableClock clock) {
        return state.tryStart(10, clock.instant()).orElseThrow();
    }

    @Test
    void tryStartShouldRefuseBeyondTheWindow() {
        DestinationState state = state(2);
        start(state, clock);
        start(state, clock);

        assertThat(state.tryStart(10, clock.instant())).isEmpty();
    }

    @Test
    void tryStartShouldRefuseBeyondTheLanesMaximum() {
        DestinationState state = state(4);
        state.tryStart(1, clock.instant());

        assertThat(state.tryStart(1, clock.instant())).isEmpty();
    }

    @Test
    void tryStartShouldReturnTheConcurrencyTheSessionStartsAt() {
        DestinationState state = state(3);

        assertThat(state.tryStart(10, clock.instant())).isEqualTo(OptionalInt.of(1));
        assertThat(state.tryStart(10, clock.instant())).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void connectionLimitShouldLowerTheWindowBelowTheRefusedConcurrencyAtOnce() {
        DestinationState state = state(4);
        for (int i = 0; i < 3; i++) {
            start(state, clock);
        }

        var transition = state.finish(3, SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
        assertThat(transition).get().extracting(DestinationState.Transition::describe).asString()
            .isEqualTo("destination=domain:example.org refusalPoint=none->3 window=4->2 reason=CONNECTION_LIMIT at concurrency 3");
    }

    @Test
    void connectionLimitShouldNeverLowerTheWindowBelowOne() {
        DestinationState state = state(1);
        start(state, clock);

        state.finish(1, SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(1);
    }

    @Test
    void deliveriesShouldGrowTheWindowByOneAfterAWindowOfSuccesses() {
        DestinationState state = state(2);
        for (int i = 0; i < 2; i++) {
            start(state, clock);
            state.finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant());
        }

        assertThat(state.snapshot().window()).isEqualTo(3);
    }

    @Test
    void deliveriesShouldNotGrowTheWindowPastMaxConcurrency() {
        WindowPolicy tight = new WindowPolicy(2, 2, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));
        DestinationState state = state(2);
        for (int i = 0; i < 10; i++) {
            start(state, clock);
            state.finish(1, SessionOutcome.DELIVERED, tight, clock.instant());
        }

        assertThat(state.snapshot().window()).isEqualTo(2);
    }

    @Test
    void deliveriesShouldNotReachTheRefusalPointBeforeProbeAfter() {
        DestinationState state = refusedAt3();
        for (int i = 0; i < 20; i++) {
            start(state, clock);
            state.finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant());
        }

        assertThat(state.snapshot().window()).isEqualTo(2);
    }

    @Test
    void deliveriesShouldProbeTheRefusalPointOnceProbeAfterPassed() {
        DestinationState state = refusedAt3();
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 2; i++) {
            start(state, clock);
            state.finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant());
        }

        assertThat(state.snapshot().window()).isEqualTo(3);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aDeliveryAtTheRefusalPointShouldForgetIt() {
        DestinationState state = refusedAt3();
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 2; i++) {
            start(state, clock);
            state.finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant());
        }
        for (int i = 0; i < 3; i++) {
            start(state, clock);
        }

        state.finish(3, SessionOutcome.DELIVERED, POLICY, clock.instant());

        assertThat(state.snapshot().refusalPoint()).isEmpty();
    }

    @Test
    void aSecondRefusalAtAHigherConcurrencyShouldKeepTheLowerRefusalPoint() {
        DestinationState state = refusedAt3();
        start(state, clock);

        state.finish(5, SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
        assertThat(state.snapshot().window()).isEqualTo(2);
    }

    @Test
    void otherFailuresShouldLeaveTheWindowAlone() {
        DestinationState state = state(4);
        start(state, clock);

        assertThat(state.finish(1, SessionOutcome.OTHER_FAILURE, POLICY, clock.instant())).isEmpty();
        assertThat(state.snapshot().window()).isEqualTo(4);
    }

    @Test
    void rateLimitShouldPaceSessionStarts() {
        DestinationState state = state(4);
        start(state, clock);

        state.finish(1, SessionOutcome.RATE_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(state.tryStart(10, clock.instant())).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(state.tryStart(10, clock.instant())).isPresent();
        assertThat(state.tryStart(10, clock.instant())).as("the next start waits the delay again").isEmpty();
    }

    @Test
    void repeatedRateLimitsShouldDoubleTheDelayUpToTheMaximum() {
        DestinationState state = state(4);
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofSeconds(10));
            start(state, clock);
            state.finish(1, SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        }

        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void deliveriesShouldHalveTheDelayThenEndPacing() {
        DestinationState state = state(4);
        start(state, clock);
        state.finish(1, SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        clock.advance(Duration.ofSeconds(1));
        start(state, clock);
        state.finish(1, SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        start(state, clock);
        state.finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant());
        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(2));
        start(state, clock);
        state.finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant());
        assertThat(state.snapshot().messageDelay()).isZero();
    }

    @Test
    void throttleShouldExpireAfterItsDuration() {
        DestinationState state = state(4);
        state.throttle(clock.instant().plus(Duration.ofMinutes(30)), "CONNECTION_LIMIT");

        assertThat(state.isThrottled(clock.instant())).isTrue();
        clock.advance(Duration.ofMinutes(30));
        assertThat(state.isThrottled(clock.instant())).isFalse();
    }

    @Test
    void manualWindowShouldStopAdaptationUntilReset() {
        DestinationState state = state(4);
        state.setWindow(6);
        start(state, clock);
        state.finish(1, SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().window()).isEqualTo(6);

        state.reset(4);
        assertThat(state.snapshot().window()).isEqualTo(4);
        assertThat(state.snapshot().manualWindow()).isFalse();
        assertThat(state.snapshot().refusalPoint()).isEmpty();
    }

    @Test
    void finishWithoutASessionShouldFailLoudly() {
        assertThatThrownBy(() -> state(2).finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("domain:example.org");
    }

    @Test
    void policyShouldRejectInvertedBounds() {
        assertThatThrownBy(() -> new WindowPolicy(5, 2, Duration.ZERO, Duration.ZERO, Duration.ZERO))
            .hasMessageContaining("initialConcurrency (5) must be <= maxConcurrency (2)");
    }

    private DestinationState refusedAt3() {
        DestinationState state = state(4);
        for (int i = 0; i < 3; i++) {
            start(state, clock);
        }
        state.finish(3, SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        state.finish(1, SessionOutcome.DELIVERED, POLICY, clock.instant());
        state.finish(2, SessionOutcome.DELIVERED, POLICY, clock.instant());
        return state;
    }
}
