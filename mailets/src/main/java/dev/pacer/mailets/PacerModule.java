package dev.pacer.mailets;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Clock;

import javax.inject.Singleton;

import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.api.MetricFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.pacer.core.report.DeferralStore;
import dev.pacer.core.report.JournaledDeferralStore;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.core.throttle.FileDestinationStore;

/**
 * Pacer's Guice extension module: binds the state every Pacer mailet and matcher of a James server shares: the
 * per-destination windows, pacing and throttles ({@link Destinations}, persisted in
 * {@code var/pacer/destinations.tsv}), the deferral statistics ({@link DeferralStore}, persisted in
 * {@code var/pacer/statistics.tsv}), their reporting (JMX, metrics, notification: {@link Reporting}) and the
 * settings of {@code conf/pacer.properties} ({@link PacerSettings}).
 *
 * <p>Load it in {@code conf/extensions.properties}:
 * <pre>
 * guice.extension.module=dev.pacer.mailets.PacerModule
 * </pre>
 * Without it James fails at startup on the first Pacer mailet that needs {@code Destinations}.
 */
public class PacerModule extends AbstractModule {
    private static final Logger LOGGER = LoggerFactory.getLogger(PacerModule.class);
    static final String STATE_FILE = "file://var/pacer/destinations.tsv";

    @Override
    protected void configure() {
    }

    static final String STATISTICS_FILE = "file://var/pacer/statistics.tsv";
    static final String SETTINGS_FILE = "file://conf/pacer.properties";

    @Provides
    @Singleton
    Destinations destinations(FileSystem fileSystem, Clock clock, PacerSettings settings) throws FileNotFoundException {
        File file = fileSystem.getFile(STATE_FILE);
        return new Destinations(new FileDestinationStore(file.toPath()), clock).forgetAfter(settings.destinationsForgetAfter);
    }

    @Provides
    @Singleton
    PacerSettings settings(FileSystem fileSystem) throws IOException {
        try {
            return PacerSettings.read(fileSystem.getFile(SETTINGS_FILE).toPath());
        } catch (IllegalArgumentException | IOException e) {
            // Guice reports this deep inside its own exception: say it first, on one line, before James stops.
            LOGGER.error("James cannot start: {}", e.getMessage());
            throw e;
        }
    }

    @Provides
    @Singleton
    DeferralStore deferralStore(FileSystem fileSystem, Clock clock, PacerSettings settings) throws FileNotFoundException {
        return new JournaledDeferralStore(settings.eventsCapacity, clock, settings.severityPolicy,
            fileSystem.getFile(STATISTICS_FILE).toPath(), settings.flushEvery, settings.destinationsForgetAfter);
    }

    @Provides
    @Singleton
    Reporting reporting(DeferralStore store, Destinations destinations, MetricFactory metrics, PacerSettings settings, Clock clock) {
        return new Reporting(store, destinations, metrics, settings, clock, new Lanes());
    }
}
