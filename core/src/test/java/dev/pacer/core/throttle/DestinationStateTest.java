package dev.pacer.core.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.pacer.core.FakeClock;

class DestinationStateTest {
    private static final DestinationKey KEY = DestinationKey.domain("example.org");
    private static final WindowPolicy POLICY = new WindowPolicy(4, 10, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));

    private final FakeClock clock = new FakeClock();

    private static DestinationState state(int window) {
        return new DestinationState(KEY, window);
    }

    private DestinationState.Session start(DestinationState state) {
        return state.tryStart(10, clock.instant()).orElseThrow();
    }

    private DestinationState.Session startAccepted(DestinationState state) {
        DestinationState.Session session = start(state);
        state.accepted(session);
        return session;
    }

    private void deliverOne(DestinationState state) {
        state.finish(startAccepted(state), SessionOutcome.DELIVERED, POLICY, clock.instant());
    }

    private List<DestinationState.Session> burst(DestinationState state, int sessions) {
        List<DestinationState.Session> burst = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            burst.add(start(state));
        }
        return burst;
    }

    /** Window 4, a burst of 4 sessions: the receiver holds 2 and refuses the other 2, in any order. */
    private DestinationState refusedWithTwoHeld() {
        DestinationState state = state(4);
        List<DestinationState.Session> burst = burst(state, 4);
        state.accepted(burst.get(2));
        state.accepted(burst.get(3));
        state.finish(burst.get(0), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        state.finish(burst.get(1), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        state.finish(burst.get(2), SessionOutcome.DELIVERED, POLICY, clock.instant());
        state.finish(burst.get(3), SessionOutcome.DELIVERED, POLICY, clock.instant());
        return state;
    }

    @Test
    void tryStartShouldRefuseBeyondTheWindow() {
        DestinationState state = state(2);
        start(state);
        start(state);

        assertThat(state.tryStart(10, clock.instant())).isEmpty();
    }

    @Test
    void tryStartShouldRefuseBeyondTheLanesMaximum() {
        DestinationState state = state(4);
        state.tryStart(1, clock.instant());

        assertThat(state.tryStart(1, clock.instant())).isEmpty();
    }

    @Test
    void tryStartShouldNumberSessionsByConcurrency() {
        DestinationState state = state(3);

        assertThat(start(state).concurrency()).isEqualTo(1);
        assertThat(start(state).concurrency()).isEqualTo(2);
    }

    @Test
    void connectionLimitShouldLowerTheWindowToTheSessionsTheReceiverHeldAtOnce() {
        DestinationState state = state(4);
        DestinationState.Session first = startAccepted(state);
        DestinationState.Session second = startAccepted(state);
        DestinationState.Session refused = start(state);

        var transition = state.finish(refused, SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
        assertThat(transition).get().extracting(DestinationState.Transition::describe).asString()
            .isEqualTo("destination=domain:example.org refusalPoint=none->3 window=4->2 reason=CONNECTION_LIMIT with 2 session(s) held");
        assertThat(List.of(first, second)).hasSize(2);
    }

    @Test
    void whenTheWindowShrinksBelowTheSessionsOpenExactlyTheExcessShouldEndAfterTheirMail() {
        DestinationState state = state(4);
        List<DestinationState.Session> open = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            open.add(startAccepted(state));
        }
        assertThat(open).allMatch(session -> state.keepOpen(session, 10));
        assertThat(state.keepOpen(open.get(0), 3)).as("a lane allowing 3 of the 4 open").isFalse();

        state.setWindow(2);

        List<DestinationState.Session> ending = new ArrayList<>();
        for (DestinationState.Session session : open.subList(1, 4)) {
            if (!state.keepOpen(session, 10)) {
                ending.add(session);
            }
        }
        assertThat(ending).as("4 open, 1 already ending, window 2: one more ends").hasSize(1);
        assertThat(state.keepOpen(ending.get(0), 10)).as("once ending, stays ending").isFalse();
        state.finish(open.get(0), SessionOutcome.DELIVERED, POLICY, clock.instant());
        state.finish(ending.get(0), SessionOutcome.DELIVERED, POLICY, clock.instant());
        assertThat(open.subList(1, 4)).filteredOn(session -> session != ending.get(0))
            .as("the two left fit the window").allMatch(session -> state.keepOpen(session, 10));
    }

    @Test
    void connectionLimitShouldCountAcceptedSessionsNotStartOrder() {
        DestinationState state = refusedWithTwoHeld();

        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aRefusalOfASessionStartedBeforeTheLastRefusalShouldChangeNothing() {
        DestinationState state = state(5);
        List<DestinationState.Session> burst = burst(state, 5);
        state.accepted(burst.get(0));
        state.accepted(burst.get(1));
        state.finish(burst.get(2), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        clock.advance(Duration.ofMillis(50));
        state.finish(burst.get(0), SessionOutcome.DELIVERED, POLICY, clock.instant());

        var late = state.finish(burst.get(3), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(late).isEmpty();
        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aLaterRefusalOfTheSameBurstSeeingMoreSessionsHeldShouldRaiseTheEstimate() {
        DestinationState state = state(5);
        List<DestinationState.Session> burst = burst(state, 5);
        state.accepted(burst.get(0));
        // The first refusal is read before our thread read the second accepted session's greeting.
        state.finish(burst.get(2), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().window()).isEqualTo(1);
        state.accepted(burst.get(1));
        clock.advance(Duration.ofMillis(5));

        state.finish(burst.get(3), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aSessionOfTheRefusedBurstAcceptedLateShouldRaiseTheEstimate() {
        DestinationState state = state(5);
        List<DestinationState.Session> burst = burst(state, 5);
        state.accepted(burst.get(0));
        state.finish(burst.get(2), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().window()).isEqualTo(1);
        clock.advance(Duration.ofMillis(5));

        var transition = state.accepted(burst.get(1));

        assertThat(transition).isPresent();
        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aMailOnASessionOfTheRefusedBurstShouldRaiseTheEstimateNotForgetTheCap() {
        DestinationState state = state(5);
        List<DestinationState.Session> burst = burst(state, 5);
        state.accepted(burst.get(0));
        // The refused session ended while one sibling was greeted; the second sibling's greeting is read before the
        // refusal is judged, so the refusal counts one session held where the receiver held two.
        state.ended(burst.get(2));
        state.accepted(burst.get(1));
        state.finish(burst.get(2), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(2));
        clock.advance(Duration.ofMillis(50));

        // A further mail on a session of that burst (connection reuse) with both sessions held.
        state.delivered(burst.get(1), POLICY, clock.instant());

        assertThat(state.snapshot().refusalPoint()).as("the estimate corrected, the cap still known").isEqualTo(OptionalInt.of(3));
        assertThat(state.snapshot().window()).isEqualTo(2);
        for (int i = 0; i < 10; i++) {
            state.delivered(burst.get(1), POLICY, clock.instant());
        }
        assertThat(state.snapshot().window()).as("no growth into the cap before the probe wait").isEqualTo(2);
    }

    @Test
    void connectionLimitShouldNeverLowerTheWindowBelowOne() {
        DestinationState state = state(3);

        state.finish(start(state), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(1);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void slowStartShouldAddOnePerDeliveredSessionWhileHalfTheWindowIsInUseUpToTheLaneMaximum() {
        DestinationState state = state(4);
        DestinationState.Session first = startAccepted(state);
        DestinationState.Session second = startAccepted(state);
        state.finish(first, SessionOutcome.DELIVERED, POLICY, clock.instant());
        assertThat(state.snapshot().window()).as("2 of 4 open: one more").isEqualTo(5);
        state.finish(second, SessionOutcome.DELIVERED, POLICY, clock.instant());
        assertThat(state.snapshot().window()).as("1 of 5 open: no more").isEqualTo(5);

        for (int round = 0; round < 50; round++) {
            int half = (state.snapshot().window() + 1) / 2;
            List<DestinationState.Session> sessions = new ArrayList<>();
            for (int i = 0; i < half; i++) {
                sessions.add(startAccepted(state));
            }
            sessions.forEach(session -> state.finish(session, SessionOutcome.DELIVERED, POLICY, clock.instant()));
        }
        assertThat(state.snapshot().window()).as("POLICY's maxConcurrency").isEqualTo(10);
    }

    @Test
    void theWindowShouldNotGrowPastWhatTheTrafficUses() {
        // A capped receiver seen through a trickle of mail: one or two sessions at a time prove nothing about five.
        DestinationState state = state(5);
        for (int i = 0; i < 10; i++) {
            deliverOne(state);
        }
        for (int i = 0; i < 10; i++) {
            DestinationState.Session first = startAccepted(state);
            DestinationState.Session second = startAccepted(state);
            state.finish(first, SessionOutcome.DELIVERED, POLICY, clock.instant());
            state.finish(second, SessionOutcome.DELIVERED, POLICY, clock.instant());
        }
        assertThat(state.snapshot().window()).as("two of five in use: under half, no growth").isEqualTo(5);

        for (int i = 0; i < 10; i++) {
            List<DestinationState.Session> three = List.of(startAccepted(state), startAccepted(state), startAccepted(state));
            three.forEach(session -> state.finish(session, SessionOutcome.DELIVERED, POLICY, clock.instant()));
        }
        assertThat(state.snapshot().window()).as("three in use: at most twice that, plus the delivery that grew it").isEqualTo(7);
    }

    @Test
    void aRefusalReadAfterASiblingEndedShouldCountTheSessionsHeldWhenItStarted() {
        DestinationState state = state(4);
        DestinationState.Session first = startAccepted(state);
        DestinationState.Session second = startAccepted(state);
        DestinationState.Session refused = start(state);
        // The receiver refused the third while it held two; our thread reads that after the first has ended.
        state.finish(first, SessionOutcome.DELIVERED, POLICY, clock.instant());

        state.finish(refused, SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
        assertThat(second.heldAtEnd()).isEqualTo(-1);
    }

    @Test
    void aSessionRefusedBeforeItsSiblingsGreetingWasReadShouldStillSeeThemOpen() {
        DestinationState state = state(4);
        List<DestinationState.Session> burst = burst(state, 3);

        state.finish(burst.get(2), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(burst.get(2).heldAtEnd()).as("no greeting read yet").isZero();
        assertThat(burst.get(2).openAtEnd()).as("two siblings open: our concurrency may be the cause").isEqualTo(2);
        state.ended(burst.get(0));
        assertThat(burst.get(0).openAtEnd()).as("ended early (closed by the server), still counted in flight").isEqualTo(1);
    }

    @Test
    void slowStartShouldNotGrowWhileASessionAwaitsItsGreeting() {
        DestinationState state = state(4);
        DestinationState.Session greeted = startAccepted(state);
        DestinationState.Session pending = start(state);

        state.delivered(greeted, POLICY, clock.instant());
        assertThat(state.snapshot().window()).as("the pending session may be refused").isEqualTo(4);

        state.accepted(pending);
        state.delivered(greeted, POLICY, clock.instant());
        assertThat(state.snapshot().window()).as("every session greeted: slow start goes on").isEqualTo(5);
    }

    @Test
    void aFullWindowGreetedShouldDoubleInSlowStart() {
        DestinationState state = state(2);
        List<DestinationState.Session> round = burst(state, 2);

        assertThat(state.accepted(round.get(0), 10)).as("one still waiting for its greeting").isEmpty();
        assertThat(state.accepted(round.get(1), 10)).hasValueSatisfying(t -> assertThat(t.describe()).contains("window=2->4"));
        assertThat(state.tryStart(10, clock.instant())).isPresent();
    }

    @Test
    void aBurstWithARefusalShouldNotDouble() {
        DestinationState state = state(3);
        List<DestinationState.Session> round = burst(state, 3);
        state.accepted(round.get(0), 10);
        state.finish(round.get(2), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        var late = state.accepted(round.get(1), 10);

        assertThat(late).as("a later greeting of the refused burst raises the estimate, it does not double")
            .hasValueSatisfying(t -> assertThat(t.describe()).doesNotContain("GREETED").contains("window=1->2"));
        assertThat(state.snapshot().window()).isEqualTo(2);
    }

    @Test
    void afterARefusalTheWindowShouldGrowByOnePerWindowOfDeliveries() {
        DestinationState state = refusedWithTwoHeld();
        assertThat(state.snapshot().window()).isEqualTo(2);
        clock.advance(POLICY.probeAfter().plusSeconds(1));

        deliverOne(state);
        assertThat(state.snapshot().window()).as("one delivery of a window of 2").isEqualTo(2);
        deliverOne(state);
        assertThat(state.snapshot().window()).as("a window of deliveries: +1, not slow start's +2").isEqualTo(3);
    }

    @Test
    void probesShouldComeSoonAfterAFirstRefusalAndBackOffWhileTheyAreRefused() {
        DestinationState state = refusedWithTwoHeld();
        Duration first = WindowPolicy.DEFAULT_MIN_PROBE_AFTER;

        clock.advance(first.minusSeconds(1));
        deliverOne(state);
        deliverOne(state);
        assertThat(state.snapshot().window()).as("no probe before minProbeAfter").isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        deliverOne(state);
        deliverOne(state);
        assertThat(state.snapshot().window()).as("probing the refusal point").isEqualTo(3);

        // The probe is refused again: the next probe waits twice as long.
        DestinationState.Session one = start(state);
        DestinationState.Session two = start(state);
        state.accepted(one);
        state.accepted(two);
        state.finish(start(state), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        state.finish(one, SessionOutcome.NOT_STARTED, POLICY, clock.instant());
        state.finish(two, SessionOutcome.NOT_STARTED, POLICY, clock.instant());
        clock.advance(first.multipliedBy(2).minusSeconds(1));
        deliverOne(state);
        deliverOne(state);
        assertThat(state.snapshot().window()).as("the second wait is twice the first").isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        deliverOne(state);
        deliverOne(state);
        assertThat(state.snapshot().window()).isEqualTo(3);
    }

    @Test
    void aFailedCohortShouldSuspendTheDestinationThenProbeOneSessionAtATime() {
        DestinationState state = state(2);
        DestinationState.Session first = start(state);
        DestinationState.Session second = start(state);
        state.finish(first, SessionOutcome.UNAVAILABLE, POLICY, clock.instant());
        assertThat(state.suspendedUntil()).as("one failure of a window of 2").isEmpty();

        var transition = state.finish(second, SessionOutcome.UNAVAILABLE, POLICY, clock.instant());

        assertThat(transition).hasValueSatisfying(t -> assertThat(t.describe()).contains("suspended for PT1M").contains("UNAVAILABLE"));
        assertThat(state.suspendedUntil()).contains(clock.instant().plus(WindowPolicy.DEFAULT_MIN_BACKOFF));
        assertThat(state.tryStart(10, clock.instant())).as("suspended: no session").isEmpty();
        assertThat(state.nextStartAt()).isEqualTo(clock.instant().plus(WindowPolicy.DEFAULT_MIN_BACKOFF));
        clock.advance(WindowPolicy.DEFAULT_MIN_BACKOFF);
        DestinationState.Session probe = state.tryStart(10, clock.instant()).orElseThrow();
        assertThat(state.tryStart(10, clock.instant())).as("one probe at a time").isEmpty();

        state.finish(probe, SessionOutcome.UNAVAILABLE, POLICY, clock.instant());
        assertThat(state.suspendedUntil()).as("a failed probe doubles the backoff")
            .contains(clock.instant().plus(WindowPolicy.DEFAULT_MIN_BACKOFF.multipliedBy(2)));
    }

    @Test
    void failuresOfTheCohortThatCausedASuspensionShouldNotCountAsFailedProbes() {
        DestinationState state = state(2);
        List<DestinationState.Session> cohort = burst(state, 2);
        state.finish(cohort.get(0), SessionOutcome.UNAVAILABLE, POLICY, clock.instant());
        DestinationState.Session late = start(state);
        clock.advance(Duration.ofMillis(10));
        state.finish(cohort.get(1), SessionOutcome.UNAVAILABLE, POLICY, clock.instant());

        state.finish(late, SessionOutcome.UNAVAILABLE, POLICY, clock.instant());

        assertThat(state.suspendedUntil()).as("still the first backoff").contains(clock.instant().plus(WindowPolicy.DEFAULT_MIN_BACKOFF));
    }

    @Test
    void aProbeTheReceiverTakesShouldEndTheSuspension() {
        DestinationState state = state(1);
        state.finish(start(state), SessionOutcome.UNAVAILABLE, POLICY, clock.instant());
        clock.advance(WindowPolicy.DEFAULT_MIN_BACKOFF);

        var transition = state.finish(startAccepted(state), SessionOutcome.DELIVERED, POLICY, clock.instant());

        assertThat(transition).hasValueSatisfying(t -> assertThat(t.describe()).contains("resumed"));
        assertThat(state.suspendedUntil()).isEmpty();
        assertThat(state.tryStart(10, clock.instant())).isPresent();
        assertThat(state.tryStart(10, clock.instant())).as("the window is back (slow start grew it to 2)").isPresent();
    }

    @Test
    void backoffShouldNotGrowPastTheMaximum() {
        DestinationState state = state(1);
        for (int i = 0; i < 10; i++) {
            state.finish(start(state), SessionOutcome.UNAVAILABLE, POLICY, clock.instant());
            clock.advance(Duration.ofHours(2));
        }
        state.finish(start(state), SessionOutcome.UNAVAILABLE, POLICY, clock.instant());

        assertThat(state.suspendedUntil()).contains(clock.instant().plus(WindowPolicy.DEFAULT_MAX_BACKOFF));
    }

    @Test
    void aReputationDeferralShouldSuspendTheWholeDestination() {
        DestinationState state = state(4);

        state.finish(start(state), SessionOutcome.REPUTATION, POLICY, clock.instant());

        assertThat(state.suspendedUntil()).contains(clock.instant().plus(WindowPolicy.DEFAULT_REPUTATION_BACKOFF));
        assertThat(state.suspensionReason()).contains("REPUTATION");
    }

    @Test
    void sessionsThatSayNothingAboutTheDestinationShouldNotCountAsFailures() {
        DestinationState state = state(1);
        state.finish(start(state), SessionOutcome.OTHER_FAILURE, POLICY, clock.instant());
        state.finish(start(state), SessionOutcome.NOT_STARTED, POLICY, clock.instant());

        assertThat(state.suspendedUntil()).isEmpty();
    }

    @Test
    void deliveriesShouldNotGrowTheWindowPastMaxConcurrency() {
        WindowPolicy tight = new WindowPolicy(2, 2, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));
        DestinationState state = state(2);
        for (int i = 0; i < 10; i++) {
            state.finish(startAccepted(state), SessionOutcome.DELIVERED, tight, clock.instant());
        }

        assertThat(state.snapshot().window()).isEqualTo(2);
    }

    @Test
    void deliveriesShouldNotReachTheRefusalPointBeforeProbeAfter() {
        DestinationState state = refusedWithTwoHeld();
        clock.advance(Duration.ofMillis(1));
        for (int i = 0; i < 20; i++) {
            deliverOne(state);
        }

        assertThat(state.snapshot().window()).isEqualTo(2);
    }

    @Test
    void deliveriesStartedBeforeTheRefusalShouldNotCountTowardGrowth() {
        DestinationState state = state(3);
        DestinationState.Session early = startAccepted(state);
        DestinationState.Session earlier = startAccepted(state);
        state.finish(start(state), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        clock.advance(Duration.ofMinutes(11));

        state.finish(early, SessionOutcome.DELIVERED, POLICY, clock.instant());
        state.finish(earlier, SessionOutcome.DELIVERED, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void deliveriesShouldProbeTheRefusalPointOnceProbeAfterPassed() {
        DestinationState state = refusedWithTwoHeld();
        clock.advance(Duration.ofMinutes(10));
        deliverOne(state);
        deliverOne(state);

        assertThat(state.snapshot().window()).isEqualTo(3);
        assertThat(state.snapshot().refusalPoint()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aDeliveryWhileTheReceiverHeldAsManyAsTheRefusalPointShouldForgetIt() {
        DestinationState state = refusedWithTwoHeld();
        clock.advance(Duration.ofMinutes(10));
        deliverOne(state);
        deliverOne(state);
        List<DestinationState.Session> three = List.of(startAccepted(state), startAccepted(state), startAccepted(state));

        state.finish(three.get(2), SessionOutcome.DELIVERED, POLICY, clock.instant());

        assertThat(state.snapshot().refusalPoint()).isEmpty();
    }

    @Test
    void aRefusedProbeShouldRestartTheWait() {
        DestinationState state = refusedWithTwoHeld();
        clock.advance(Duration.ofMinutes(10));
        deliverOne(state);
        deliverOne(state);
        startAccepted(state);
        startAccepted(state);

        state.finish(start(state), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().window()).isEqualTo(2);
        assertThat(state.snapshot().lastRefusal()).contains(clock.instant());
    }

    @Test
    void otherFailuresShouldLeaveTheWindowAlone() {
        DestinationState state = state(4);

        assertThat(state.finish(start(state), SessionOutcome.OTHER_FAILURE, POLICY, clock.instant())).isEmpty();
        assertThat(state.snapshot().window()).isEqualTo(4);
    }

    @Test
    void rateLimitShouldPaceSessionStarts() {
        DestinationState state = state(4);

        state.finish(start(state), SessionOutcome.RATE_LIMIT, POLICY, clock.instant());

        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(state.tryStart(10, clock.instant())).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(state.tryStart(10, clock.instant())).isPresent();
        assertThat(state.tryStart(10, clock.instant())).as("the next start waits the delay again").isEmpty();
    }

    @Test
    void rateLimitRefusalsOfOneBurstShouldNotCompound() {
        DestinationState state = state(6);
        List<DestinationState.Session> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(start(state));
        }
        clock.advance(Duration.ofMillis(10));

        for (DestinationState.Session session : burst) {
            state.finish(session, SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        }

        assertThat(state.snapshot().messageDelay()).as("one excess, one step").isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        state.finish(start(state), SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().messageDelay()).as("a session started after the refusal doubles it").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void repeatedRateLimitsShouldDoubleTheDelayUpToTheMaximum() {
        DestinationState state = state(4);
        for (int i = 0; i < 6; i++) {
            clock.advance(state.snapshot().messageDelay());
            state.finish(start(state), SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        }

        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void pacingShouldDecayWithTimeWithoutRefusalNotWithDeliveries() {
        DestinationState state = state(4);
        state.finish(start(state), SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        clock.advance(Duration.ofSeconds(1));
        state.finish(start(state), SessionOutcome.RATE_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(2));

        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(2));
            deliverOne(state);
        }
        assertThat(state.snapshot().messageDelay()).as("deliveries at the slower pace keep it").isEqualTo(Duration.ofSeconds(2));

        // 10 pauses (20 s) after the refusal without another, the pause halves; 10 pauses (10 s) later it ends.
        clock.advance(Duration.ofSeconds(10));
        assertThat(state.tryStart(10, clock.instant())).isPresent();
        assertThat(state.snapshot().messageDelay()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(10));
        assertThat(state.tryStart(10, clock.instant())).isPresent();
        assertThat(state.snapshot().messageDelay()).isZero();
        assertThat(state.tryStart(10, clock.instant())).as("no pause any more").isPresent();
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
        state.finish(start(state), SessionOutcome.CONNECTION_LIMIT, POLICY, clock.instant());
        assertThat(state.snapshot().window()).isEqualTo(6);

        state.reset(4);
        assertThat(state.snapshot().window()).isEqualTo(4);
        assertThat(state.snapshot().manualWindow()).isFalse();
        assertThat(state.snapshot().refusalPoint()).isEmpty();
    }

    @Test
    void finishWithoutASessionShouldFailLoudly() {
        DestinationState other = state(2);
        DestinationState.Session session = start(other);

        assertThatThrownBy(() -> state(2).finish(session, SessionOutcome.DELIVERED, POLICY, clock.instant()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("domain:example.org");
    }

    @Test
    void policyShouldRejectInvertedBounds() {
        assertThatThrownBy(() -> new WindowPolicy(5, 2, Duration.ZERO, Duration.ZERO, Duration.ZERO))
            .hasMessageContaining("initialConcurrency (5) must be <= maxConcurrency (2)");
    }
}
