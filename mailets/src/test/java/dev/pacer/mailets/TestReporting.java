package dev.pacer.mailets;

import java.time.Clock;

import org.apache.james.metrics.tests.RecordingMetricFactory;

import dev.pacer.core.report.InMemoryDeferralStore;
import dev.pacer.core.report.SeverityPolicy;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;

/** Real reporting objects over memory stores, for mailet tests. */
final class TestReporting {
    private TestReporting() {
    }

    static Reporting create(Clock clock) {
        return create(new Destinations(DestinationStore.NONE, clock), new RecordingMetricFactory(), PacerSettings.defaults());
    }

    static Reporting create(Destinations destinations, RecordingMetricFactory metrics, PacerSettings settings) {
        return new Reporting(new InMemoryDeferralStore(1000, destinations.clock(), SeverityPolicy.DEFAULTS), destinations, metrics,
            settings, destinations.clock(), new Lanes());
    }
}
