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
        first.flush();

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
    void writesShouldBeSpacedByFlushEvery() throws IOException {
        JournaledDeferralStore store = open(100);
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 1));
        String afterFirst = Files.readString(directory.resolve("statistics.tsv"));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 2));

        assertThat(Files.readString(directory.resolve("statistics.tsv"))).isEqualTo(afterFirst);
        clock.advance(Duration.ofSeconds(5));
        store.record(event(CAPPED, DeferralKind.CONNECTION_LIMIT, 3));
        assertThat(Files.readString(directory.resolve("statistics.tsv"))).isNotEqualTo(afterFirst);
    }

    @Test
    void aDamagedFileShouldNotPreventStarting() throws IOException {
        Files.writeString(directory.resolve("statistics.tsv"), "D\tmx:a.test\nC\tnot-a-number\n");

        assertThat(open(10).destinations()).containsExactly("mx:a.test");
    }
}
