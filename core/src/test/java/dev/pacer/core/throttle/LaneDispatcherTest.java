package dev.pacer.core.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.pacer.core.FakeClock;

class LaneDispatcherTest {
    private static final DestinationKey CAPPED = DestinationKey.domain("capped.test");
    private static final DestinationKey OPEN = DestinationKey.domain("open.test");
    private static final WindowPolicy POLICY = new WindowPolicy(1, 10, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));

    private final FakeClock clock = new FakeClock();
    private final Destinations destinations = new Destinations(DestinationStore.NONE, clock);

    @Test
    void offerShouldStartWithinTheWindowAndHoldTheRest() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 100);

        assertThat(dispatcher.offer(CAPPED, "m1").decision()).isEqualTo(LaneDispatcher.Decision.STARTED);
        assertThat(dispatcher.offer(CAPPED, "m2").decision()).isEqualTo(LaneDispatcher.Decision.HELD);
        assertThat(dispatcher.held(CAPPED)).isEqualTo(1);
    }

    @Test
    void offerShouldOverflowPastMaxHeldPerDestination() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 2);
        dispatcher.offer(CAPPED, "m1");
        dispatcher.offer(CAPPED, "m2");
        dispatcher.offer(CAPPED, "m3");

        assertThat(dispatcher.offer(CAPPED, "m4").decision()).isEqualTo(LaneDispatcher.Decision.OVERFLOW);
    }

    @Test
    void overflowShouldBePutBackForAboutTheTimeTheItemsAheadNeed() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 2);
        LaneDispatcher.Start<String> first = dispatcher.offer(CAPPED, "m1").start().orElseThrow();
        dispatcher.sessionEnded(CAPPED, Duration.ofSeconds(30));
        destinations.finish(first.destination(), first.session(), SessionOutcome.OTHER_FAILURE, POLICY);
        dispatcher.offer(CAPPED, "m2");
        dispatcher.offer(CAPPED, "m3");
        dispatcher.offer(CAPPED, "m4");

        LaneDispatcher.Offer<String> fifth = dispatcher.offer(CAPPED, "m5");
        LaneDispatcher.Offer<String> sixth = dispatcher.offer(CAPPED, "m6");

        // Window 1, 30 s a session: each further item has one more item ahead of it.
        assertThat(fifth.decision()).isEqualTo(LaneDispatcher.Decision.OVERFLOW);
        assertThat(sixth.putBackFor()).isGreaterThan(fifth.putBackFor());
        assertThat(sixth.putBackFor()).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void aReturnedItemShouldShortenTheBacklogAgain() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 1);
        dispatcher.offer(CAPPED, "m1");
        dispatcher.offer(CAPPED, "m2");
        Duration first = dispatcher.offer(CAPPED, "m3").putBackFor();
        dispatcher.offer(CAPPED, "m4");

        dispatcher.returned(CAPPED);
        dispatcher.returned(CAPPED);

        assertThat(dispatcher.offer(CAPPED, "m5").putBackFor()).isEqualTo(first);
    }

    @Test
    void aWaitingDestinationShouldNotHoldBackAnother() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 100);
        dispatcher.offer(CAPPED, "c1");
        dispatcher.offer(CAPPED, "c2");

        assertThat(dispatcher.offer(OPEN, "o1").decision()).isEqualTo(LaneDispatcher.Decision.STARTED);
    }

    @Test
    void drainShouldStartTheNextHeldItemWhenASessionEnds() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 100);
        LaneDispatcher.Start<String> first = dispatcher.offer(CAPPED, "m1").start().orElseThrow();
        dispatcher.offer(CAPPED, "m2");

        dispatcher.sessionEnded(CAPPED, Duration.ofSeconds(1));
        destinations.finish(first.destination(), first.session(), SessionOutcome.OTHER_FAILURE, POLICY);

        assertThat(dispatcher.drain()).extracting(LaneDispatcher.Start::item).containsExactly("m2");
        assertThat(dispatcher.held()).isZero();
    }

    @Test
    void drainShouldRespectTheGlobalLimitAndServeDestinationsInTurn() {
        WindowPolicy wide = new WindowPolicy(5, 10, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, wide, 1, 100);
        LaneDispatcher.Start<String> running = dispatcher.offer(CAPPED, "c1").start().orElseThrow();
        dispatcher.offer(CAPPED, "c2");
        dispatcher.offer(OPEN, "o1");

        dispatcher.sessionEnded(CAPPED, Duration.ofSeconds(1));
        destinations.finish(running.destination(), running.session(), SessionOutcome.DELIVERED, wide);
        List<String> started = dispatcher.drain().stream().map(LaneDispatcher.Start::item).collect(Collectors.toList());

        assertThat(started).hasSize(1);
        assertThat(dispatcher.running()).isEqualTo(1);
    }

    @Test
    void nextWakeUpShouldTellWhenPacingLetsAHeldItemGo() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 100);
        LaneDispatcher.Start<String> first = dispatcher.offer(CAPPED, "m1").start().orElseThrow();
        dispatcher.sessionEnded(CAPPED, Duration.ofSeconds(1));
        destinations.finish(first.destination(), first.session(), SessionOutcome.RATE_LIMIT, POLICY);
        dispatcher.offer(CAPPED, "m2");

        assertThat(dispatcher.drain()).isEmpty();
        assertThat(dispatcher.nextWakeUp()).contains(clock.instant().plusSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.drain()).extracting(LaneDispatcher.Start::item).containsExactly("m2");
    }

    @Test
    void releaseAllShouldHandBackEveryHeldItem() {
        LaneDispatcher<String> dispatcher = new LaneDispatcher<>(destinations, POLICY, 10, 100);
        dispatcher.offer(CAPPED, "m1");
        dispatcher.offer(CAPPED, "m2");
        dispatcher.offer(CAPPED, "m3");

        assertThat(dispatcher.releaseAll()).containsExactly("m2", "m3");
        assertThat(dispatcher.held()).isZero();
    }
}
