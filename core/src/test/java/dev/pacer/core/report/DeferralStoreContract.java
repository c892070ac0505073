package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.pacer.core.DeferralKind;

import dev.pacer.core.FakeClock;

/** What every {@link DeferralStore} backend does. */
abstract class DeferralStoreContract {
    static final String CAPPED = "mx:mx.capped.test";
    static final String OTHER = "mx:mx.other.test";

    protected final FakeClock clock = new FakeClock();

    /** A fresh, empty store keeping at most {@code capacity} recent events, with default thresholds. */
    abstract DeferralStore store(int capacity);

    DeferralEvent event(String destination, DeferralKind kind, int attempt) {
        return event(destination, kind, attempt, 2);
    }

    /** As {@link #event(String, DeferralKind, int)}, refused with {@code held} of our sessions held. */
    DeferralEvent event(String destination, DeferralKind kind, int attempt, int held) {
        return DeferralEvent.builder().time(clock.instant()).destination(destination).kind(kind).attempt(attempt)
            .mailName("mail-" + attempt).messageId("<m" + attempt + "@sender.test>").remoteHost("mx.capped.test")
            .remoteIp("192.0.2.25").sendingIp("198.51.100.7").heloName("out.sender.test").step("GREETING")
            .basicCode(OptionalInt.of(421)).enhancedCode(Optional.of("4.7.0")).reply("421 4.7.0 Too many concurrent connections")
            .sessionsHeld(OptionalInt.of(held)).lane("pacer-outgoing").build();
    }

    @Test
    void recentEventsShouldBeNewestFirst() {
        DeferralStore store = store(10);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        clock.advance(Duration.ofSeconds(1));
        store.record(event(OTHER, DeferralKind.GREYLIST, 2));

        assertThat(store.recentEvents(10)).extracting(DeferralEvent::destination).containsExactly(OTHER, CAPPED);
        assertThat(store.recentEvents(CAPPED, 10)).hasSize(1);
    }

    @Test
    void theOldestEventsShouldBeDroppedAndCountedPastTheCapacity() {
        DeferralStore store = store(3);
        for (int i = 1; i <= 5; i++) {
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, i));
        }

        assertThat(store.recentEvents(10)).extracting(DeferralEvent::attempt).containsExactly(5, 4, 3);
        assertThat(store.droppedEvents()).isEqualTo(2);
        assertThat(store.statistics(CAPPED).orElseThrow().deferralsTotal()).as("statistics keep every event").isEqualTo(5);
    }

    @Test
    void statisticsShouldCountByKindOverTheLastHourDayAndInTotal() {
        DeferralStore store = store(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        clock.advance(Duration.ofHours(2));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 2));
        store.record(event(CAPPED, DeferralKind.RATE_LIMIT, 3));
        clock.advance(Duration.ofHours(23));

        DestinationStatistics stats = store.statistics(CAPPED).orElseThrow();

        assertThat(stats.lastHour()).isEmpty();
        assertThat(stats.lastDay()).isEqualTo(Map.of(DeferralKind.CONNECTION_LIMIT, 1L, DeferralKind.RATE_LIMIT, 1L));
        assertThat(stats.total()).isEqualTo(Map.of(DeferralKind.CONNECTION_LIMIT, 2L, DeferralKind.RATE_LIMIT, 1L));
    }

    @Test
    void statisticsShouldKeepTheEvidence() {
        DeferralStore store = store(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 2));

        DestinationStatistics stats = store.statistics(CAPPED).orElseThrow();

        assertThat(stats.affectedMails()).isEqualTo(1);
        assertThat(stats.mxHosts()).containsExactly("mx.capped.test");
        assertThat(stats.remoteIps()).containsExactly("192.0.2.25");
        assertThat(stats.sendingIps()).containsExactly("198.51.100.7");
        assertThat(stats.exampleMessageIds()).containsExactly("<m1@sender.test>", "<m2@sender.test>");
        assertThat(stats.replies()).containsExactly("421 4.7.0 Too many concurrent connections");
        assertThat(stats.lastReply()).isEqualTo("421 4.7.0 Too many concurrent connections");
        assertThat(stats.refusalPoints()).containsExactly(3, 3);
        assertThat(stats.firstDeferral()).contains(clock.instant());
    }

    @Test
    void aRingFullOfOnePointShouldStillTakeADifferentPoint() {
        DeferralStore store = store(100);
        for (int i = 0; i < 25; i++) {
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1, 2));
        }
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1, 4));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1, 2));

        java.util.List<Integer> expected = new java.util.ArrayList<>(java.util.Collections.nCopies(18, 3));
        expected.add(5);
        expected.add(3);
        assertThat(store.statistics(CAPPED).orElseThrow().refusalPoints()).isEqualTo(expected);
    }

    @Test
    void everyHostAddressAndReplySeenShouldBeListedAndTheLastReplyBeTheNewest() {
        DeferralStore store = store(100);
        String[] hosts = {"mx1.capped.test", "mx2.capped.test", "mx1.capped.test"};
        String[] replies = {"421 4.7.0 Too many concurrent connections", "421 4.7.0 Try again later",
            "421 4.7.0 Too many concurrent connections"};
        for (int i = 0; i < 3; i++) {
            // Fresh strings, as parsed from the network: equal values must be recognised by content, not by identity.
            store.record(DeferralEvent.builder().time(clock.instant()).destination(CAPPED).kind(DeferralKind.CONNECTION_LIMIT)
                .attempt(1).mailName("m" + i).messageId(new String("<m" + i + "@sender.test>")).remoteHost(new String(hosts[i]))
                .remoteIp(new String("192.0.2." + (25 + i % 2))).sendingIp("198.51.100.7").heloName("out.sender.test")
                .step("GREETING").basicCode(OptionalInt.of(421)).enhancedCode(Optional.of("4.7.0")).reply(new String(replies[i]))
                .sessionsHeld(OptionalInt.of(2)).lane("pacer-outgoing").build());
        }

        DestinationStatistics stats = store.statistics(CAPPED).orElseThrow();

        assertThat(stats.mxHosts()).containsExactly("mx1.capped.test", "mx2.capped.test");
        assertThat(stats.remoteIps()).containsExactly("192.0.2.25", "192.0.2.26");
        assertThat(stats.replies()).containsExactly("421 4.7.0 Try again later", "421 4.7.0 Too many concurrent connections");
        assertThat(stats.lastReply()).isEqualTo("421 4.7.0 Too many concurrent connections");
        assertThat(stats.exampleMessageIds()).containsExactly("<m0@sender.test>", "<m1@sender.test>", "<m2@sender.test>");
    }

    @Test
    void theEvidenceListsShouldKeepTheNewestInTheirOrderOnceFull() {
        DeferralStore store = store(100);
        for (int i = 1; i <= 27; i++) {
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, i, i));
            // A mail refused again adds no Message-ID.
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, i));
        }

        DestinationStatistics stats = store.statistics(CAPPED).orElseThrow();

        assertThat(stats.exampleMessageIds()).containsExactly("<m23@sender.test>", "<m24@sender.test>", "<m25@sender.test>",
            "<m26@sender.test>", "<m27@sender.test>");
        // Each pair of events: the mail's own point (i + 1), then the repeated refusal's (2 sessions held: 3).
        java.util.List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 18; i <= 27; i++) {
            expected.add(i + 1);
            expected.add(3);
        }
        assertThat(stats.refusalPoints()).isEqualTo(expected);
    }

    @Test
    void outcomesShouldBeCountedWithTheMedianExtraDelay() {
        DeferralStore store = store(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.record(new OutcomeEvent(clock.instant(), "a", CAPPED, Outcome.DELIVERED_AFTER_DEFERRAL, 2, Duration.ofMinutes(1)));
        store.record(new OutcomeEvent(clock.instant(), "b", CAPPED, Outcome.DELIVERED_AFTER_DEFERRAL, 3, Duration.ofMinutes(5)));
        store.record(new OutcomeEvent(clock.instant(), "c", CAPPED, Outcome.DELIVERED_AFTER_DEFERRAL, 4, Duration.ofMinutes(9)));
        store.record(new OutcomeEvent(clock.instant(), "d", CAPPED, Outcome.EXPIRED, 6, Duration.ofHours(2)));
        store.record(new OutcomeEvent(clock.instant(), "e", CAPPED, Outcome.BOUNCED, 2, Duration.ofMinutes(3)));

        DestinationStatistics stats = store.statistics(CAPPED).orElseThrow();

        assertThat(stats.deliveredAfterDeferral()).isEqualTo(3);
        assertThat(stats.medianExtraDelay()).contains(Duration.ofMinutes(5));
        assertThat(stats.expired()).isEqualTo(1);
        assertThat(stats.bounced()).isEqualTo(1);
    }

    @Test
    void aDestinationWithRareDeferralsThatDeliverShouldBeNormal() {
        DeferralStore store = store(100);
        store.record(event(CAPPED, DeferralKind.GREYLIST, 1));
        store.record(new OutcomeEvent(clock.instant(), "a", CAPPED, Outcome.DELIVERED_AFTER_DEFERRAL, 2, Duration.ofMinutes(5)));

        assertThat(store.statistics(CAPPED).orElseThrow().severity()).isEqualTo(Severity.NORMAL);
    }

    @Test
    void repeatedDeferralsAtTheSameMxShouldBeWatched() {
        DeferralStore store = store(100);
        for (int i = 1; i <= SeverityPolicy.DEFAULTS.watchDeferralsPerHour(); i++) {
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, i));
        }

        assertThat(store.statistics(CAPPED).orElseThrow().severity()).isEqualTo(Severity.WATCH);
    }

    @Test
    void expiredMailShouldEscalate() {
        DeferralStore store = store(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.record(new OutcomeEvent(clock.instant(), "a", CAPPED, Outcome.EXPIRED, 6, Duration.ofHours(2)));

        assertThat(store.statistics(CAPPED).orElseThrow().severity()).isEqualTo(Severity.ESCALATE);
    }

    @Test
    void expiriesOlderThanADayShouldNoLongerEscalate() {
        DeferralStore store = store(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.record(new OutcomeEvent(clock.instant(), "a", CAPPED, Outcome.EXPIRED, 6, Duration.ofHours(2)));
        clock.advance(Duration.ofHours(25));

        assertThat(store.statistics(CAPPED).orElseThrow().severity()).isEqualTo(Severity.NORMAL);
    }

    @Test
    void aStableRefusalPointShouldHintAFixedCap() {
        DeferralStore store = store(100);
        for (int i = 1; i <= 3; i++) {
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, i));
        }

        assertThat(store.statistics(CAPPED).orElseThrow().patternHint()).isEqualTo(PatternHint.FIXED_CAP);
    }

    @Test
    void movingRefusalPointsShouldHintReputation() {
        DeferralStore store = store(100);
        for (int held : new int[] {4, 1, 3}) {
            store.record(DeferralEvent.builder().time(clock.instant()).destination(CAPPED).kind(DeferralKind.CONNECTION_LIMIT)
                .sessionsHeld(OptionalInt.of(held)).reply("421 4.7.0 Too many connections").build());
        }

        assertThat(store.statistics(CAPPED).orElseThrow().patternHint()).isEqualTo(PatternHint.REPUTATION_SUSPECT);
    }

    @Test
    void deferralsAtManyDestinationsAtOnceShouldHintReputation() {
        DeferralStore store = store(100);
        for (int i = 0; i < SeverityPolicy.DEFAULTS.spreadDestinations(); i++) {
            store.record(event("mx:mx" + i + ".test", DeferralKind.CONNECTION_LIMIT, 1));
        }

        assertThat(store.allStatistics()).allSatisfy(stats -> assertThat(stats.patternHint()).isEqualTo(PatternHint.REPUTATION_SUSPECT));
    }

    @Test
    void theSpreadHintShouldEndWhenTheDestinationsStopDeferringForAnHour() {
        DeferralStore store = store(100);
        for (int i = 0; i < SeverityPolicy.DEFAULTS.spreadDestinations(); i++) {
            store.record(event("mx:mx" + i + ".test", DeferralKind.CONNECTION_LIMIT, 1));
        }
        clock.advance(Duration.ofMinutes(61));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));

        assertThat(store.statistics(CAPPED).orElseThrow().patternHint()).isNotEqualTo(PatternHint.REPUTATION_SUSPECT);
    }

    @Test
    void aDeferralsStatisticsShouldCostTheSameAt10000DestinationsAsAt10() {
        long small = nanosPerDeferral(10);
        long large = nanosPerDeferral(10_000);
        // What a deferral does to the statistics (record, then read its destination's view, as Reporting does) must
        // not grow with the number of destinations. A generous bound for a slow, shared CI machine: scanning 10,000
        // destinations per event made this ratio several hundred.
        assertThat(large).as("ns per deferral at 10,000 destinations (%d at 10)", small).isLessThan(Math.max(small, 2_000) * 20);
    }

    private long nanosPerDeferral(int destinations) {
        DeferralStore store = store(1_000);
        for (int i = 0; i < destinations; i++) {
            store.record(event("mx:mx" + i + ".test", DeferralKind.CONNECTION_LIMIT, 1));
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 2_000; i++) {
                String destination = "mx:mx" + (i % destinations) + ".test";
                store.record(event(destination, DeferralKind.CONNECTION_LIMIT, 2));
                store.statistics(destination);
            }
            best = Math.min(best, (System.nanoTime() - start) / 2_000);
        }
        return best;
    }

    @Test
    void aMailRefusedTwiceWithoutSpendingAnAttemptShouldBeOneAffectedMail() {
        DeferralStore store = store(100);
        store.record(DeferralEvent.builder().time(clock.instant()).destination(CAPPED).kind(DeferralKind.CONNECTION_LIMIT)
            .mailName("m1").attempt(0).reply("421 4.7.0 Too many connections").build());
        store.record(DeferralEvent.builder().time(clock.instant()).destination(CAPPED).kind(DeferralKind.CONNECTION_LIMIT)
            .mailName("m1").attempt(0).firstForMail(false).reply("421 4.7.0 Too many connections").build());

        DestinationStatistics stats = store.statistics(CAPPED).orElseThrow();
        assertThat(stats.deferralsTotal()).isEqualTo(2);
        assertThat(stats.affectedMails()).isEqualTo(1);
    }

    @Test
    void anUnknownDestinationShouldHaveNoStatistics() {
        assertThat(store(10).statistics("mx:never.test")).isEmpty();
    }

    @Test
    void allStatisticsShouldPutTheMostDeferringFirst() {
        DeferralStore store = store(100);
        store.record(event(OTHER, DeferralKind.GREYLIST, 1));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 2));

        assertThat(store.allStatistics()).extracting(DestinationStatistics::destination).containsExactly(CAPPED, OTHER);
        assertThat(store.destinations()).containsExactly(CAPPED, OTHER);
    }

    @Test
    void theTopDestinationsShouldBeTheHeadOfAllStatisticsAsTheWindowMovesOn() {
        DeferralStore store = store(1000);
        // Early burst at 'a', later deferrals at 'b' and 'c': once the early ones leave the 24 h window, 'a' drops.
        for (int i = 0; i < 30; i++) {
            store.record(event("mx:a.test", DeferralKind.CONNECTION_LIMIT, i));
        }
        clock.advance(Duration.ofHours(20));
        for (int i = 0; i < 10; i++) {
            store.record(event("mx:b.test", DeferralKind.RATE_LIMIT, i));
        }
        for (int i = 0; i < 5; i++) {
            store.record(event("mx:c.test", DeferralKind.GREYLIST, i));
        }
        store.record(new OutcomeEvent(clock.instant(), "m", "mx:d.test", Outcome.EXPIRED, 3, Duration.ofHours(1)));

        assertThat(store.topStatistics(2)).extracting(DestinationStatistics::destination).containsExactly("mx:a.test", "mx:b.test");
        assertThat(names(store.topStatistics(10))).isEqualTo(names(store.allStatistics())).hasSize(4);

        clock.advance(Duration.ofHours(5));
        assertThat(store.topStatistics(2)).extracting(DestinationStatistics::destination).containsExactly("mx:b.test", "mx:c.test");
        assertThat(names(store.topStatistics(10))).isEqualTo(names(store.allStatistics())).hasSize(4);
        assertThat(store.topStatistics(0)).isEmpty();
    }

    @Test
    void theTopDestinationsShouldMatchAFullSortWhateverTheCountsAndTheirAge() {
        DeferralStore store = store(100_000);
        java.util.Random random = new java.util.Random(42);
        // Counts spread over many powers of two, deferrals spread over 30 hours so that some leave the 24 h window.
        for (int hour = 0; hour < 30; hour++) {
            for (int d = 0; d < 60; d++) {
                int deferrals = random.nextInt(1 + (1 << random.nextInt(7)));
                for (int i = 0; i < deferrals; i++) {
                    store.record(event("mx:d" + d + ".test", DeferralKind.CONNECTION_LIMIT, i));
                }
            }
            clock.advance(Duration.ofHours(1));
            if (hour % 5 == 4) {
                for (int limit : new int[] {1, 3, 10, 59, 200}) {
                    java.util.List<String> expected = names(store.allStatistics());
                    assertThat(names(store.topStatistics(limit)))
                        .as("top %d after %d hours", limit, hour + 1)
                        .isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
                }
            }
        }
    }

    private static java.util.List<String> names(java.util.List<DestinationStatistics> statistics) {
        java.util.List<String> names = new java.util.ArrayList<>();
        statistics.forEach(stats -> names.add(stats.destination() + "=" + stats.deferralsLastDay()));
        return names;
    }

    @Test
    void totalsShouldCountEveryDeferralAndOutcome() {
        DeferralStore store = store(10);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.record(event(OTHER, DeferralKind.GREYLIST, 1));
        store.record(new OutcomeEvent(clock.instant(), "a", CAPPED, Outcome.DELIVERED_AFTER_DEFERRAL, 2, Duration.ofMinutes(1)));
        store.record(new OutcomeEvent(clock.instant(), "b", OTHER, Outcome.BOUNCED, 2, Duration.ofMinutes(1)));
        store.record(new OutcomeEvent(clock.instant(), "c", OTHER, Outcome.EXPIRED, 2, Duration.ofMinutes(1)));

        DeferralTotals totals = store.totals();
        assertThat(totals.deferrals()).isEqualTo(2);
        assertThat(totals.delivered()).isEqualTo(1);
        assertThat(totals.bounced()).isEqualTo(1);
        assertThat(totals.expired()).isEqualTo(1);
    }
}
