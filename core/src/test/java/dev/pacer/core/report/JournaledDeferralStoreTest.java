package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.core.DeferralKind;

class JournaledDeferralStoreTest extends DeferralStoreContract {
    @TempDir
    Path directory;

    private JournaledDeferralStore open(int capacity) {
        return new JournaledDeferralStore(capacity, clock, SeverityPolicy.DEFAULTS, directory.resolve("statistics.tsv"), Duration.ofSeconds(5));
    }

    @Override
    DeferralStore store(int capacity) {
        return open(capacity);
    }

    @Test
    void statisticsShouldSurviveARestart() {
        JournaledDeferralStore first = open(100);
        first.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        first.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 2));
        first.record(new OutcomeEvent(clock.instant(), "a", CAPPED, Outcome.DELIVERED_AFTER_DEFERRAL, 3, Duration.ofMinutes(4)));
        first.record(new OutcomeEvent(clock.instant(), "b", CAPPED, Outcome.EXPIRED, 6, Duration.ofHours(1)));
        first.close();

        DestinationStatistics restored = open(100).statistics(CAPPED).orElseThrow();

        DestinationStatistics original = first.statistics(CAPPED).orElseThrow();
        assertThat(restored.total()).isEqualTo(original.total());
        assertThat(restored.lastHour()).isEqualTo(original.lastHour());
        assertThat(restored.deliveredAfterDeferral()).isEqualTo(1);
        assertThat(restored.medianExtraDelay()).contains(Duration.ofMinutes(4));
        assertThat(restored.expired()).isEqualTo(1);
        assertThat(restored.severity()).isEqualTo(Severity.ESCALATE);
        assertThat(restored.replies()).isEqualTo(original.replies());
        assertThat(restored.exampleMessageIds()).isEqualTo(original.exampleMessageIds());
        assertThat(restored.refusalPoints()).isEqualTo(original.refusalPoints());
        assertThat(restored.firstDeferral()).isEqualTo(original.firstDeferral());
    }

    @Test
    void fullEvidenceListsShouldComeBackInTheirOrder() {
        JournaledDeferralStore first = open(100);
        for (int i = 1; i <= 31; i++) {
            first.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, i, i % 7));
        }
        first.close();

        DestinationStatistics restored = open(100).statistics(CAPPED).orElseThrow();

        assertThat(restored.exampleMessageIds()).containsExactly("<m27@sender.test>", "<m28@sender.test>", "<m29@sender.test>",
            "<m30@sender.test>", "<m31@sender.test>");
        assertThat(restored.refusalPoints()).isEqualTo(first.statistics(CAPPED).orElseThrow().refusalPoints()).hasSize(20)
            .startsWith(12 % 7 + 1, 13 % 7 + 1).endsWith(31 % 7 + 1);
    }

    @Test
    void aRestoredRecordShouldStillKnowItsMessageIdsAndTimes() {
        JournaledDeferralStore first = open(100);
        first.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        first.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 2));
        first.close();
        clock.advance(Duration.ofMinutes(1));

        JournaledDeferralStore second = open(100);
        // The same mail deferred again after the restart: its Message-ID is listed once, the times move on.
        second.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 2));
        DestinationStatistics statistics = second.statistics(CAPPED).orElseThrow();
        second.close();

        assertThat(statistics.exampleMessageIds()).containsExactly("<m1@sender.test>", "<m2@sender.test>");
        assertThat(statistics.firstDeferral()).isEqualTo(first.statistics(CAPPED).orElseThrow().firstDeferral());
        assertThat(statistics.lastDeferral()).contains(clock.instant());
    }

    @Test
    void aDeferralShouldReachTheFileWithinFlushEveryWithoutALaterEvent() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        JournaledDeferralStore store = new JournaledDeferralStore(100, clock, SeverityPolicy.DEFAULTS, file, Duration.ofMillis(200));
        try {
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));

            // Written by the background thread alone: no flush, no later event (a crash loses at most flushEvery).
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(file) && Files.readString(file).contains("D\t" + CAPPED));
            assertThat(StatisticsJournal.read(file, clock.instant()).records).containsOnlyKeys(CAPPED);
        } finally {
            store.close();
        }
    }

    @Test
    void theJournalShouldOnlyGrowByWhatChanged() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        JournaledDeferralStore store = open(100);
        for (int i = 0; i < 50; i++) {
            store.record(event("mx:d" + i + ".test", DeferralKind.CONNECTION_LIMIT, 1));
        }
        store.flush();
        long afterFifty = Files.size(file);
        store.record(event("mx:d7.test", DeferralKind.CONNECTION_LIMIT, 2));
        store.flush();

        long appended = Files.size(file) - afterFifty;
        assertThat(appended).as("one destination's block appended").isPositive().isLessThan(afterFifty / 10);
        store.flush();
        assertThat(Files.size(file) - afterFifty).as("nothing changed, nothing written").isEqualTo(appended);
        store.close();
        assertThat(open(100).statistics("mx:d7.test").orElseThrow().deferralsTotal()).isEqualTo(2);
    }

    @Test
    void compactionShouldRewriteOneBlockPerDestination() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        JournaledDeferralStore store = open(100);
        for (int i = 0; i < 20; i++) {
            store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, i));
            store.record(event(OTHER, DeferralKind.GREYLIST, i));
            store.flush();
        }
        assertThat(blocks(file)).isEqualTo(40);

        store.compactAtNextWrite();
        store.flush();

        assertThat(blocks(file)).isEqualTo(2);
        store.close();
        JournaledDeferralStore reopened = open(100);
        assertThat(reopened.statistics(CAPPED).orElseThrow().deferralsTotal()).isEqualTo(20);
        assertThat(reopened.totals().deferrals()).isEqualTo(40);
    }

    private static long blocks(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> line.startsWith("D\t")).count();
    }

    @Test
    void tenThousandDestinationsShouldTakeAFewHundredBytesEachOnDisk() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        JournaledDeferralStore store = open(20_000);
        for (int i = 0; i < 10_000; i++) {
            store.record(event("mx:mx" + i + ".example.net", DeferralKind.CONNECTION_LIMIT, 1));
        }
        store.compactAtNextWrite();
        store.close();

        long perDestination = Files.size(file) / 10_000;
        System.out.printf("statistics.tsv: %d bytes per destination with one deferral each%n", perDestination);
        assertThat(perDestination).isBetween(100L, 2048L);
        assertThat(open(10).destinations()).hasSize(10_000);
    }

    @Test
    void aTruncatedTailShouldBeSkippedWithItsLineAndTheRestRestored() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        JournaledDeferralStore store = open(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.close();
        int lines = Files.readAllLines(file).size();
        // A crash in the middle of an append: the block of another destination cut after its second line.
        Files.writeString(file, "D\tmx:cut.test\nC\t1\t0\t0\t0\t2026-11-28T10:00:00Z\t2026-11-2", java.nio.file.StandardOpenOption.APPEND);

        StatisticsJournal.Loaded loaded = StatisticsJournal.read(file, clock.instant());
        assertThat(loaded.records).containsOnlyKeys(CAPPED);
        assertThat(loaded.skipped).hasSize(1);
        assertThat(loaded.skipped.get(0)).contains(file + ":" + (lines + 2)).contains("mx:cut.test");

        JournaledDeferralStore reopened = open(100);
        assertThat(reopened.destinations()).containsExactly(CAPPED);
        assertThat(Files.readString(directory.resolve("statistics.tsv.damaged"))).as("the damaged original kept").contains("mx:cut.test");
        reopened.flush();
        assertThat(Files.readString(file)).as("rewritten clean at the first write").doesNotContain("mx:cut.test");
        assertThat(StatisticsJournal.read(file, clock.instant()).skipped).isEmpty();
        reopened.close();
    }

    @Test
    void aGarbageTailShouldBeSkipped() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        JournaledDeferralStore store = open(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.close();
        Files.write(file, new byte[] {0, 1, 2, (byte) 0xff, 'x', '\n', 'D'}, java.nio.file.StandardOpenOption.APPEND);

        StatisticsJournal.Loaded loaded = StatisticsJournal.read(file, clock.instant());

        assertThat(loaded.records).containsOnlyKeys(CAPPED);
        assertThat(loaded.skipped).isNotEmpty();
        assertThat(open(100).statistics(CAPPED).orElseThrow().deferralsTotal()).isEqualTo(1);
    }

    @Test
    void outOfRangeValuesShouldBeSkippedWithTheReason() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        String good = "D\tmx:good.test\nC\t1\t0\t0\t0\t" + clock.instant() + "\t" + clock.instant() + "\nK\tCONNECTION_LIMIT\t1\t\nZ\n";
        Files.writeString(file, StatisticsJournal.HEADER + "\n"
            + "D\tmx:negative.test\nC\t-5\t0\t0\t0\t-\t-\nZ\n"
            + "D\tmx:future.test\nC\t1\t0\t0\t0\t2999-01-01T00:00:00Z\t2999-01-01T00:00:00Z\nZ\n"
            + "D\tmx:kind.test\nK\tNOT_A_KIND\t1\t\nZ\n"
            + good);

        StatisticsJournal.Loaded loaded = StatisticsJournal.read(file, clock.instant());

        assertThat(loaded.records).containsOnlyKeys("mx:good.test");
        assertThat(loaded.skipped).hasSize(3);
        assertThat(loaded.skipped.get(0)).contains(file + ":3").contains("negative count -5");
        assertThat(loaded.skipped.get(1)).contains(file + ":7").contains("in the future");
        assertThat(loaded.skipped.get(2)).contains(file + ":9").contains("NOT_A_KIND");
    }

    @Test
    void aFirstFormatFileShouldStillBeRead() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        Files.writeString(file, "# Pacer deferral statistics\n"
            + "D\tmx:a.test\nC\t2\t1\t0\t0\t" + clock.instant() + "\t" + clock.instant() + "\nK\tCONNECTION_LIMIT\t3\t\nLR\t421 busy\n"
            + "D\tmx:b.test\nC\t1\t0\t0\t0\t-\t-\n");

        JournaledDeferralStore store = open(10);

        assertThat(store.destinations()).containsExactly("mx:a.test", "mx:b.test");
        assertThat(store.totals().deferrals()).as("totals from the records").isEqualTo(3);
        assertThat(store.totals().delivered()).isEqualTo(1);
        store.close();
    }

    @Test
    void destinationsIdleLongerThanForgetAfterShouldLeaveMemoryAndTheJournalButNotTheTotals() throws IOException {
        Path file = directory.resolve("statistics.tsv");
        JournaledDeferralStore store = new JournaledDeferralStore(100, clock, SeverityPolicy.DEFAULTS, file,
            Duration.ofSeconds(5), Duration.ofDays(2));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        store.flush();
        clock.advance(Duration.ofDays(1));
        store.record(event(OTHER, DeferralKind.GREYLIST, 1));
        clock.advance(Duration.ofDays(1).plusMinutes(2));
        store.flush();

        assertThat(store.destinations()).containsExactly(OTHER);
        store.close();
        JournaledDeferralStore reopened = new JournaledDeferralStore(100, clock, SeverityPolicy.DEFAULTS, file,
            Duration.ofSeconds(5), Duration.ofDays(2));
        assertThat(reopened.destinations()).containsExactly(OTHER);
        assertThat(reopened.totals().deferrals()).as("server totals keep forgotten destinations' deferrals").isEqualTo(2);
        reopened.close();
    }

    @Test
    void aDamagedBlockShouldNotPreventStarting() throws IOException {
        Files.writeString(directory.resolve("statistics.tsv"), "D\tmx:a.test\nC\tnot-a-number\nD\tmx:b.test\nC\t1\t0\t0\t0\t-\t-\n");

        assertThat(open(10).destinations()).containsExactly("mx:b.test");
    }
}
