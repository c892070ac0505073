package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.pacer.core.DeferralKind;

class InMemoryDeferralStoreTest extends DeferralStoreContract {
    @Override
    DeferralStore store(int capacity) {
        return new InMemoryDeferralStore(capacity, clock, SeverityPolicy.DEFAULTS);
    }

    private static String destination(int i) {
        return "mx:mx" + i + ".test";
    }

    private static boolean spreadHint(InMemoryDeferralStore store, String destination) {
        return store.statistics(destination).orElseThrow().patternHint() == PatternHint.REPUTATION_SUSPECT;
    }

    /**
     * Destinations deferring again and again are re-indexed hundreds of times (the time orders compact their stale
     * entries meanwhile): the count of destinations deferring in the last hour and the idle ones forgotten stay exact.
     */
    @Test
    void theTimeOrdersShouldStayExactThroughManyRestamps() {
        InMemoryDeferralStore store = new InMemoryDeferralStore(100, clock, SeverityPolicy.DEFAULTS);
        // 4 destinations (fewer than the 5 that make a spread) defer every 2 minutes for 3 hours, 3 others for 1 hour.
        for (int minute = 0; minute < 180; minute += 2) {
            for (int i = 0; i < 7; i++) {
                if (i < 4 || minute < 60) {
                    store.record(event(destination(i), DeferralKind.CONNECTION_LIMIT, minute));
                }
            }
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(spreadHint(store, destination(0))).as("4 destinations deferred in the last hour").isFalse();

        store.record(event(destination(5), DeferralKind.CONNECTION_LIMIT, 1));
        assertThat(spreadHint(store, destination(0))).as("a fifth one deferred again").isTrue();

        // Forget what had no event for 100 minutes: destinations 4 and 6 (last event 122 minutes ago), not 5.
        assertThat(store.forgetIdle(clock.instant().minus(Duration.ofMinutes(100)))).isEqualTo(2);
        assertThat(store.destinations()).containsExactly(destination(0), destination(1), destination(2), destination(3),
            destination(5));
        assertThat(store.forgetIdle(clock.instant().minus(Duration.ofMinutes(100)))).as("nothing more").isZero();

        // A forgotten destination deferring again is new, and counts once.
        store.record(event(destination(4), DeferralKind.CONNECTION_LIMIT, 1));
        store.record(event(destination(4), DeferralKind.CONNECTION_LIMIT, 2));
        assertThat(store.statistics(destination(4)).orElseThrow().deferralsTotal()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(62));
        store.record(event(destination(0), DeferralKind.CONNECTION_LIMIT, 1));
        assertThat(spreadHint(store, destination(0))).as("one destination deferred in the last hour").isFalse();
        for (int i = 1; i <= 4; i++) {
            store.record(event(destination(i), DeferralKind.CONNECTION_LIMIT, 1));
        }
        assertThat(spreadHint(store, destination(0))).as("five again").isTrue();
    }

    @Test
    void destinationsIdleLongShouldBeForgottenInTheOrderTheyWentIdle() {
        InMemoryDeferralStore store = new InMemoryDeferralStore(100, clock, SeverityPolicy.DEFAULTS);
        for (int i = 0; i < 3_000; i++) {
            store.record(event(destination(i % 3), DeferralKind.CONNECTION_LIMIT, i));
            clock.advance(Duration.ofSeconds(10));
        }
        // Then 1 and 2 defer again, 2 and 4 minutes later: 0 has been idle longest.
        clock.advance(Duration.ofMinutes(2));
        store.record(event(destination(1), DeferralKind.CONNECTION_LIMIT, 1));
        clock.advance(Duration.ofMinutes(2));
        store.record(event(destination(2), DeferralKind.CONNECTION_LIMIT, 1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(store.forgetIdle(clock.instant().minus(Duration.ofMinutes(3)))).isEqualTo(1);
        assertThat(store.destinations()).containsExactly(destination(1), destination(2));
    }
}
