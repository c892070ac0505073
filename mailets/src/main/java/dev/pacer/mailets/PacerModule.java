package dev.pacer.mailets;

import java.io.File;
import java.io.FileNotFoundException;
import java.time.Clock;

import javax.inject.Singleton;

import org.apache.james.filesystem.api.FileSystem;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.pacer.core.throttle.Destinations;
import dev.pacer.core.throttle.FileDestinationStore;

/**
 * Pacer's Guice extension module: binds the state every Pacer mailet and matcher of a James server shares, the
 * per-destination windows, pacing and throttles ({@link Destinations}), persisted in
 * {@code var/pacer/destinations.tsv} under James's working directory.
 *
 * <p>Load it in {@code conf/extensions.properties}:
 * <pre>
 * guice.extension.module=dev.pacer.mailets.PacerModule
 * </pre>
 * Without it James fails at startup on the first Pacer mailet that needs {@code Destinations}.
 */
public class PacerModule extends AbstractModule {
    static final String STATE_FILE = "file://var/pacer/destinations.tsv";

    @Override
    protected void configure() {
    }

    @Provides
    @Singleton
    Destinations destinations(FileSystem fileSystem, Clock clock) throws FileNotFoundException {
        File file = fileSystem.getFile(STATE_FILE);
        return new Destinations(new FileDestinationStore(file.toPath()), clock);
    }
}
