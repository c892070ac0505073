package dev.pacer.core.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.pacer.core.FakeClock;

class LaneSchedulerTest {
    private static final DestinationKey CAPPED = DestinationKey.domain("capped.test");
    private static final DestinationKey OPEN = DestinationKey.domain("open.test");
    private static final WindowPolicy WINDOW_1 = new WindowPolicy(1, 10, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));

    private final FakeClock clock = new FakeClock();
    private final Destinations destinations = new Destinations(DestinationStore.NONE, clock);

    private LaneScheduler scheduler(int threads) {
        LaneScheduler scheduler = new LaneScheduler(destinations, WINDOW_1, threads);
        destinations.onRelease(scheduler::released);
        return scheduler;
    }

    private WaitingEntry entry(String id, DestinationKey destination) {
        return new WaitingEntry(id, destination, clock.instant());
    }

    private WaitingEntry entry(String id, DestinationKey destination, Duration in) {
        return new WaitingEntry(id, destination, clock.instant().plus(in));
    }

    private static List<String> ids(List<LaneScheduler.Start> starts) {
        return starts.stream().map(start -> start.entry().orElseThrow().id()).collect(Collectors.toList());
    }

    private static void end(LaneScheduler scheduler, LaneScheduler.Start start, SessionOutcome outcome) {
        start.slot().release(outcome);
        scheduler.finished(start);
    }

    @Test
    void admitShouldStartWithinTheWindowAndLeaveTheRestToThePark() {
        LaneScheduler scheduler = scheduler(10);

        assertThat(scheduler.admit(CAPPED)).isPresent();
        assertThat(scheduler.admit(CAPPED)).as("window 1 is taken").isEmpty();
        assertThat(scheduler.running()).isEqualTo(1);
    }

    @Test
    void admitShouldNotOvertakeMailAlreadyReadyForTheDestination() {
        LaneScheduler scheduler = scheduler(10);
        LaneScheduler.Start first = scheduler.admit(CAPPED).orElseThrow();
        scheduler.park(entry("waiting", CAPPED));
        end(scheduler, first, SessionOutcome.DELIVERED);

        assertThat(scheduler.admit(CAPPED)).as("'waiting' goes first").isEmpty();
        assertThat(ids(scheduler.drain())).containsExactly("waiting");
    }

    @Test
    void admitShouldRespectTheLaneThreads() {
        LaneScheduler scheduler = scheduler(1);
        scheduler.admit(CAPPED).orElseThrow();

        assertThat(scheduler.admit(OPEN)).isEmpty();
    }

    @Test
    void aReleasedSlotShouldStartTheNextReadyMailInArrivalOrder() {
        LaneScheduler scheduler = scheduler(10);
        LaneScheduler.Start running = scheduler.admit(CAPPED).orElseThrow();
        scheduler.park(entry("m1", CAPPED));
        scheduler.park(entry("m2", CAPPED));
        assertThat(scheduler.drain()).as("window full").isEmpty();

        end(scheduler, running, SessionOutcome.OTHER_FAILURE);

        assertThat(ids(scheduler.drain())).containsExactly("m1");
        assertThat(scheduler.waiting()).isEqualTo(1);
    }

    @Test
    void scheduledMailShouldStartAtItsTimeNotBefore() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.park(entry("later", OPEN, Duration.ofSeconds(30)));

        assertThat(scheduler.drain()).isEmpty();
        assertThat(scheduler.nextWakeUp()).contains(clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(30).minusNanos(1));
        assertThat(scheduler.drain()).as("one nanosecond early").isEmpty();
        assertThat(scheduler.nextWakeUp()).as("still armed").isPresent();

        clock.advance(Duration.ofNanos(1));
        assertThat(ids(scheduler.drain())).containsExactly("later");
        assertThat(scheduler.nextWakeUp()).isEmpty();
    }

    @Test
    void aPacedDestinationShouldWakeExactlyAtItsNextStartAndStartEveryMail() {
        LaneScheduler scheduler = scheduler(10);
        LaneScheduler.Start first = scheduler.admit(CAPPED).orElseThrow();
        for (int i = 0; i < 3; i++) {
            scheduler.park(entry("m" + i, CAPPED));
        }
        end(scheduler, first, SessionOutcome.RATE_LIMIT);

        List<String> started = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Instant paced = destinations.nextStartAt(CAPPED);
            assertThat(paced).as("round %d is paced", round).isAfter(clock.instant());
            List<LaneScheduler.Start> starts = scheduler.drain();
            // Follow the armed wake-ups (one may come before the pause ends, when the pause grew after it was armed):
            // nothing may start before the pause ends, and something must be armed as long as mail waits.
            while (starts.isEmpty()) {
                Instant wakeUp = scheduler.nextWakeUp().orElseThrow(() -> new AssertionError("nothing armed while mail waits"));
                assertThat(wakeUp).isAfter(clock.instant()).isBeforeOrEqualTo(paced);
                clock.advance(Duration.between(clock.instant(), wakeUp));
                starts = scheduler.drain();
            }
            assertThat(clock.instant()).as("round %d started exactly when its pause ended", round).isEqualTo(paced);
            started.addAll(ids(starts));
            // The receiver keeps rate-limiting: the pause doubles, and the next mail waits it out.
            starts.forEach(start -> end(scheduler, start, SessionOutcome.RATE_LIMIT));
        }

        assertThat(started).containsExactly("m0", "m1", "m2");
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void aBlockedDestinationShouldNotHoldBackAnother() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.admit(CAPPED).orElseThrow();
        scheduler.park(entry("c1", CAPPED));
        scheduler.park(entry("o1", OPEN));

        assertThat(ids(scheduler.drain())).containsExactly("o1");
    }

    @Test
    void destinationsShouldTakeTurnsWhenThreadsAreScarce() {
        LaneScheduler scheduler = new LaneScheduler(destinations, new WindowPolicy(10, 10, Duration.ofMinutes(10),
            Duration.ofSeconds(1), Duration.ofSeconds(8)), 2);
        for (int i = 0; i < 4; i++) {
            scheduler.park(entry("c" + i, CAPPED));
        }
        scheduler.park(entry("o0", OPEN));

        List<LaneScheduler.Start> first = scheduler.drain();
        assertThat(ids(first)).containsExactly("c0", "o0");
        first.forEach(start -> end(scheduler, start, SessionOutcome.DELIVERED));

        assertThat(ids(scheduler.drain())).containsExactly("c1", "c2");
    }

    @Test
    void parkingTheSameIdAgainShouldReplaceItsEntry() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.park(entry("m", OPEN, Duration.ofMinutes(5)));
        scheduler.park(entry("m", OPEN, Duration.ofSeconds(1)));

        assertThat(scheduler.waiting()).isEqualTo(1);
        assertThat(scheduler.nextWakeUp()).contains(clock.instant().plusSeconds(1));
    }

    @Test
    void retryNowShouldMakeScheduledMailReadyButKeepTheWindow() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.park(entry("m1", CAPPED, Duration.ofHours(1)));
        scheduler.park(entry("m2", CAPPED, Duration.ofHours(2)));
        scheduler.park(entry("o1", OPEN, Duration.ofHours(1)));

        assertThat(scheduler.retryNow(CAPPED)).isEqualTo(2);

        assertThat(ids(scheduler.drain())).as("window 1").containsExactly("m1");
        assertThat(scheduler.nextWakeUp()).as("open.test still waits its hour").contains(clock.instant().plus(Duration.ofHours(1)));
        assertThat(scheduler.retryAll()).isEqualTo(1);
        assertThat(ids(scheduler.drain())).containsExactly("o1");
    }

    @Test
    void viewsShouldTellWhatEachDestinationWaitsFor() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.admit(CAPPED).orElseThrow();
        scheduler.park(entry("c1", CAPPED));
        scheduler.park(entry("o1", OPEN, Duration.ofMinutes(5)));
        scheduler.drain();

        LaneScheduler.DestinationView capped = scheduler.view(CAPPED).orElseThrow();
        LaneScheduler.DestinationView open = scheduler.view(OPEN).orElseThrow();
        assertThat(capped.ready()).isEqualTo(1);
        assertThat(capped.waitingFor()).isEqualTo("slot");
        assertThat(open.scheduled()).isEqualTo(1);
        assertThat(open.nextAttempt()).contains(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(open.waitingFor()).isEqualTo("time");
        assertThat(scheduler.views(1)).hasSize(1);
    }

    @Test
    void aDestinationWithNothingWaitingShouldLeaveTheIndex() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.park(entry("m", OPEN, Duration.ofMinutes(5)));

        assertThat(scheduler.remove("m")).isTrue();

        assertThat(scheduler.views(10)).isEmpty();
        assertThat(scheduler.nextWakeUp()).as("its wake-up leaves with it").isEmpty();
    }

    @Test
    void aStoppedSchedulerShouldStartNothing() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.park(entry("m", OPEN));
        scheduler.stop();

        assertThat(scheduler.drain()).isEmpty();
        assertThat(scheduler.admit(OPEN)).isEmpty();
        assertThat(scheduler.isWaiting("m")).as("waiting mail stays indexed").isTrue();
    }

    @Test
    void finishedWithoutAStartShouldFailLoudly() {
        LaneScheduler scheduler = scheduler(1);
        LaneScheduler.Start start = scheduler.admit(OPEN).orElseThrow();
        scheduler.finished(start);

        assertThatThrownBy(() -> scheduler.finished(start)).isInstanceOf(IllegalStateException.class).hasMessageContaining("running=0");
    }

    @Test
    void aStartedMailShouldBeKnownUntilItsAttemptIsFinished() {
        LaneScheduler scheduler = scheduler(1);
        scheduler.park(entry("m", OPEN));
        LaneScheduler.Start start = scheduler.drain().get(0);

        assertThat(scheduler.isWaiting("m")).isFalse();
        assertThat(scheduler.knows("m")).as("in flight").isTrue();
        scheduler.finished(start);
        assertThat(scheduler.knows("m")).isFalse();
    }

    @Test
    void aMailParkedAgainAndTakenByASecondAttemptShouldStayKnownUntilThatAttemptIsFinished() {
        LaneScheduler scheduler = scheduler(2);
        scheduler.park(entry("m", OPEN));
        LaneScheduler.Start first = scheduler.drain().get(0);
        // The first attempt's session ends and it parks its mail again, ready at once; a second attempt takes the mail
        // before the first attempt's thread is finished.
        first.slot().release(SessionOutcome.DELIVERED);
        scheduler.park(entry("m", OPEN));
        LaneScheduler.Start second = scheduler.drain().get(0);

        scheduler.finished(first);
        assertThat(scheduler.knows("m")).as("the second attempt still holds it").isTrue();
        end(scheduler, second, SessionOutcome.DELIVERED);
        assertThat(scheduler.knows("m")).isFalse();
    }

    @Test
    void anOperatorWideningTheWindowShouldWakeTheBlockedDestination() {
        LaneScheduler scheduler = scheduler(10);
        scheduler.admit(CAPPED).orElseThrow();
        scheduler.park(entry("c1", CAPPED));
        assertThat(scheduler.drain()).isEmpty();

        destinations.operatorChanged(CAPPED, destinations.find(CAPPED).orElseThrow().setWindow(2));

        assertThat(ids(scheduler.drain())).containsExactly("c1");
    }

    @Test
    void tenThousandScheduledDestinationsShouldWakeInTimeOrderWithinTheLaneThreads() {
        LaneScheduler scheduler = scheduler(10);
        for (int i = 0; i < 10_000; i++) {
            scheduler.park(entry("m" + i, DestinationKey.domain("d" + i + ".test"), Duration.ofMinutes(1 + i % 60)));
        }
        LaneScheduler.Start start = scheduler.admit(OPEN).orElseThrow();

        // Due in one minute: 167 destinations; 9 threads are free (one runs OPEN).
        assertThat(scheduler.nextWakeUp()).contains(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        List<LaneScheduler.Start> due = scheduler.drain();
        assertThat(due).hasSize(9);
        end(scheduler, start, SessionOutcome.DELIVERED);
        assertThat(scheduler.waiting()).isEqualTo(10_000 - 9);
    }
}
