package dev.pacer.core.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.core.FakeClock;

class DestinationsTest {
    private static final WindowPolicy POLICY = new WindowPolicy(4, 10, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));
    private static final DestinationKey KEY = DestinationKey.mx(List.of("MX2.example.net.", "mx1.example.net"));

    private final FakeClock clock = new FakeClock();

    @Test
    void mxKeyShouldBeSortedLowerCaseWithoutTrailingDot() {
        assertThat(KEY.value()).isEqualTo("mx:mx1.example.net,mx2.example.net");
        assertThat(DestinationKey.parse(" mx:mx1.example.net,mx2.example.net ")).isEqualTo(KEY);
    }

    @Test
    void parseShouldRejectAnUnknownForm() {
        assertThatThrownBy(() -> DestinationKey.parse("example.org"))
            .hasMessageContaining("'example.org'")
            .hasMessageContaining("domain:NAME");
    }

    @Test
    void learnedStateShouldSurviveARestartThroughTheFileStore(@TempDir Path directory) {
        FileDestinationStore store = new FileDestinationStore(directory.resolve("pacer/destinations.tsv"));
        Destinations first = new Destinations(store, clock, Runnable::run);
        DestinationState state = first.state(KEY, 4);
        for (int i = 0; i < 2; i++) {
            state.accepted(state.tryStart(10, clock.instant()).orElseThrow());
        }
        first.finish(state, state.tryStart(10, clock.instant()).orElseThrow(), SessionOutcome.CONNECTION_LIMIT, POLICY);
        first.throttle(KEY, Duration.ofMinutes(30), "CONNECTION_LIMIT 421 4.7.0 Too many", 4);

        Destinations second = new Destinations(store, clock);

        DestinationSnapshot restored = second.find(KEY).orElseThrow().snapshot();
        assertThat(restored.window()).isEqualTo(2);
        assertThat(restored.refusalPoint()).isEqualTo(OptionalInt.of(3));
        assertThat(restored.lastRefusal()).contains(clock.instant());
        assertThat(restored.throttledUntil()).contains(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(restored.inFlight()).isZero();
    }

    @Test
    void aChangeShouldBeWrittenByTheWriterNotByTheThreadThatMadeIt(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("destinations.tsv");
        List<Runnable> writes = new java.util.ArrayList<>();
        Destinations destinations = new Destinations(new FileDestinationStore(file), clock, writes::add);

        destinations.throttle(KEY, Duration.ofMinutes(30), "CONNECTION_LIMIT", 4);
        destinations.throttle(DestinationKey.domain("other.test"), Duration.ofMinutes(30), "CONNECTION_LIMIT", 4);

        assertThat(file).as("nothing written on the changing thread").doesNotExist();
        assertThat(writes).as("one write pending carries both changes").hasSize(1);
        writes.get(0).run();
        assertThat(new Destinations(new FileDestinationStore(file), clock).snapshots()).hasSize(2);
        destinations.throttle(DestinationKey.domain("third.test"), Duration.ofMinutes(30), "CONNECTION_LIMIT", 4);
        assertThat(writes).as("the next change schedules the next write").hasSize(2);
    }

    @Test
    void destinationsIdleLongerThanForgetAfterShouldBeForgottenUnlessSomethingHoldsThem() {
        Destinations destinations = new Destinations(DestinationStore.NONE, clock).forgetAfter(Duration.ofDays(7));
        destinations.state(DestinationKey.domain("idle.test"), 4);
        DestinationState busy = destinations.state(DestinationKey.domain("busy.test"), 4);
        DestinationState.Session open = busy.tryStart(10, clock.instant()).orElseThrow();
        destinations.state(DestinationKey.domain("manual.test"), 4).setWindow(2);
        destinations.throttle(DestinationKey.domain("throttled.test"), Duration.ofDays(30), "CONNECTION_LIMIT", 4);
        clock.advance(Duration.ofDays(6));
        destinations.state(DestinationKey.domain("recent.test"), 4).tryStart(10, clock.instant());

        clock.advance(Duration.ofDays(2));
        assertThat(destinations.forgetIdle(clock.instant())).isEqualTo(1);

        assertThat(destinations.snapshots()).extracting(DestinationSnapshot::key).extracting(DestinationKey::value)
            .containsExactlyInAnyOrder("domain:busy.test", "domain:manual.test", "domain:throttled.test", "domain:recent.test");
        busy.finish(open, SessionOutcome.DELIVERED, POLICY, clock.instant());
        assertThat(destinations.forgetIdle(clock.instant())).as("busy.test, once its session ended").isEqualTo(1);
        assertThat(busy.tryStart(10, clock.instant())).as("a forgotten state starts no session").isEmpty();
        assertThat(destinations.tryAcquire(DestinationKey.domain("busy.test"), POLICY, clock.instant()))
            .as("the destination starts afresh").isPresent();
    }

    @Test
    void aDamagedLineShouldBeSkippedNotFatal(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("destinations.tsv");
        Files.writeString(file, "garbage line\ndomain:ok.test\t3\t-\t-\t0\t-\t-\tfalse\n");

        Destinations destinations = new Destinations(new FileDestinationStore(file), clock);

        assertThat(destinations.snapshots()).extracting(DestinationSnapshot::key).containsExactly(DestinationKey.domain("ok.test"));
    }

    @Test
    void valuesOutOfRangeShouldBeSkippedLikeDamagedLines(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("destinations.tsv");
        Files.writeString(file, String.join("\n",
            "domain:forever.test\t2\t3\t-\t9223372036854775807\t-\t-\tfalse",
            "domain:zero.test\t0\t-\t-\t0\t-\t-\tfalse",
            "domain:future.test\t2\t-\t2999-01-01T00:00:00Z\t0\t-\t-\tfalse",
            "domain:throttled.test\t2\t-\t-\t0\t2999-01-01T00:00:00Z\tx\tfalse",
            "domain:manual.test\t2\t-\t-\t0\t-\t-\tmaybe",
            "domain:ok.test\t3\t-\t-\t60000\t-\t-\tfalse", ""));

        Destinations destinations = new Destinations(new FileDestinationStore(file), clock);

        assertThat(destinations.snapshots()).extracting(DestinationSnapshot::key).containsExactly(DestinationKey.domain("ok.test"));
    }

    @Test
    void finishShouldWakeEveryLaneListening() {
        Destinations destinations = new Destinations(DestinationStore.NONE, clock);
        List<DestinationKey> woken = new java.util.ArrayList<>();
        destinations.onRelease(woken::add);
        DestinationState state = destinations.state(KEY, 4);
        DestinationState.Session session = state.tryStart(10, clock.instant()).orElseThrow();

        destinations.finish(state, session, SessionOutcome.DELIVERED, POLICY);

        assertThat(woken).containsExactly(KEY);
    }

    @Test
    void aSecondDifferentResolverShouldBeRefused() {
        Destinations destinations = new Destinations(DestinationStore.NONE, clock);
        destinations.useResolver(resolver("mx", "[]"));
        destinations.useResolver(resolver("mx", "[]"));

        assertThatThrownBy(() -> destinations.useResolver(resolver("mx", "[127.0.0.1:2526]")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("parameter 'gateway' is '[]' in the lane started first and '[127.0.0.1:2526]' in this one")
            .hasMessageNotContaining("destinationKey' is");
    }

    @Test
    void keyForShouldFallBackToTheDomainWithoutResolver() {
        assertThat(new Destinations(DestinationStore.NONE, clock).keyFor("Example.ORG")).isEqualTo(DestinationKey.domain("example.org"));
    }

    private static DestinationResolver resolver(String destinationKey, String gateway) {
        return new DestinationResolver() {
            @Override
            public DestinationKey keyFor(String domain) {
                return DestinationKey.domain(domain);
            }

            @Override
            public Map<String, String> settings() {
                Map<String, String> settings = new LinkedHashMap<>();
                settings.put("destinationKey", destinationKey);
                settings.put("gateway", gateway);
                return settings;
            }
        };
    }
}
