package dev.pacer.core.scale;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import dev.pacer.core.DeferralKind;
import dev.pacer.core.FakeClock;
import dev.pacer.core.report.DeferralEvent;
import dev.pacer.core.report.DeferralStore;
import dev.pacer.core.report.InMemoryDeferralStore;
import dev.pacer.core.report.SeverityPolicy;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.core.throttle.SessionOutcome;
import dev.pacer.core.throttle.Slot;
import dev.pacer.core.throttle.WindowPolicy;

/**
 * What Pacer does for one refused session, with {@code destinations} destinations known: the window decision
 * (a slot taken, greeted, released with a connection-limit refusal) and the statistics update (the deferral
 * recorded, the destination's severity read, as {@code Reporting} does). Shared by {@code PerEventCostTest} and the
 * JMH benchmark, so that both measure the same work.
 *
 * <p>Destinations take their turn round-robin and each sees one event every {@link #GAP}, whatever their number
 * (the clock advances {@code GAP / destinations} per event): every destination lives the same history (its window,
 * its counters' buckets, its place in the time indexes), so the only difference between 10 and 10,000 destinations
 * is how many there are. (With a fixed step per event, 10 destinations would each see an event every few
 * milliseconds and 10,000 one every few seconds: different work, not only more destinations.)
 */
public final class PerEventWork {
    private static final WindowPolicy POLICY = new WindowPolicy(5, 20, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final FakeClock clock = new FakeClock();
    private final Destinations destinations = new Destinations(DestinationStore.NONE, clock);
    private final DeferralStore store = new InMemoryDeferralStore(10_000, clock, SeverityPolicy.DEFAULTS);
    /** How often each destination sees an event (10,000 destinations: one event a millisecond). */
    static final Duration GAP = Duration.ofSeconds(10);

    private final DestinationKey[] keys;
    private final Duration step;
    private int next;

    public PerEventWork(int destinationCount) {
        keys = new DestinationKey[destinationCount];
        step = GAP.dividedBy(destinationCount);
        for (int i = 0; i < destinationCount; i++) {
            keys[i] = DestinationKey.domain("d" + i + ".test");
        }
        // Every destination known to the window and the statistics before measuring.
        for (int i = 0; i < destinationCount; i++) {
            event();
        }
    }

    /** One refused session and its deferral, at the next destination in turn; returns the severity read. */
    public Object event() {
        DestinationKey key = keys[next];
        next = (next + 1) % keys.length;
        clock.advance(step);
        Optional<Slot> slot = destinations.tryAcquire(key, POLICY, clock.instant());
        OptionalInt held = OptionalInt.empty();
        if (slot.isPresent()) {
            slot.get().release(SessionOutcome.CONNECTION_LIMIT);
            held = slot.get().sessionsHeldAtRefusal();
        }
        store.record(DeferralEvent.builder().time(clock.instant()).destination(key.value()).kind(DeferralKind.CONNECTION_LIMIT)
            .attempt(1).mailName("m" + next).messageId("<m" + next + "@sender.test>").remoteHost("mx." + key.value())
            .remoteIp("192.0.2.25").sendingIp("198.51.100.7").heloName("out.sender.test").step("GREETING")
            .basicCode(OptionalInt.of(421)).enhancedCode(Optional.of("4.7.0")).reply("421 4.7.0 Too many concurrent connections")
            .sessionsHeld(held).lane("pacer-outgoing").build());
        return store.severity(key.value());
    }

    public DeferralStore store() {
        return store;
    }
}
