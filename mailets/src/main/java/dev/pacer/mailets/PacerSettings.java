package dev.pacer.mailets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import dev.pacer.core.Durations;
import dev.pacer.core.Parameters;
import dev.pacer.core.report.SeverityPolicy;
import dev.pacer.core.throttle.Destinations;

/**
 * Server-wide settings of Pacer, from {@code conf/pacer.properties} (optional: every key has a default). Unknown
 * keys and invalid values fail James's startup, naming the key.
 *
 * <ul>
 *   <li>{@code events.capacity} (default 10000): recent deferral events kept in memory (oldest dropped first);</li>
 *   <li>{@code statistics.flushEvery} (default 5s): how often the background writer
 *       appends what changed to {@code var/pacer/statistics.tsv} (100ms to 1h; what a crash may lose); destinations
 *       without deferral or outcome for {@code destinations.forgetAfter} leave it;</li>
 *   <li>{@code notify.enabled} (default true), {@code notify.recipient} (default: the postmaster),
 *       {@code notify.every} (default 1h): mail the escalation report when a destination enters WATCH or
 *       ESCALATE, at most once per destination per {@code notify.every}; {@code notify.maxPerHour} (default 10):
 *       at most this many such mails an hour for the whole server, the next one naming the destinations held back;</li>
 *   <li>{@code destinations.forgetAfter} (default 7d, at least 1h): a destination without session, override,
 *       throttle or suspension for this long is forgotten (memory and destinations.tsv stay bounded);</li>
 *   <li>the thresholds of {@link SeverityPolicy}.</li>
 * </ul>
 */
public final class PacerSettings {
    static final String FILE = "pacer.properties";
    static final Set<String> KEYS;

    static {
        Set<String> keys = new HashSet<>(SeverityPolicy.KEYS);
        keys.addAll(Set.of("events.capacity", "statistics.flushEvery", "notify.enabled", "notify.recipient", "notify.every",
            "notify.maxPerHour", "destinations.forgetAfter"));
        KEYS = Set.copyOf(keys);
    }

    final int eventsCapacity;
    final Duration flushEvery;
    final boolean notifyEnabled;
    final Optional<String> notifyRecipient;
    final Duration notifyEvery;
    final int notifyMaxPerHour;
    final Duration destinationsForgetAfter;
    final SeverityPolicy severityPolicy;

    private PacerSettings(Map<String, String> values, String source) {
        Parameters parameters = new Parameters(source, values).requireOnly(KEYS);
        eventsCapacity = parameters.integer("events.capacity", 10_000, 1, 10_000_000);
        flushEvery = parameters.duration("statistics.flushEvery", Duration.ofSeconds(5), Durations.ChronoUnitName.MILLISECONDS);
        if (flushEvery.compareTo(Duration.ofMillis(100)) < 0 || flushEvery.compareTo(Duration.ofHours(1)) > 0) {
            throw parameters.error("parameter 'statistics.flushEvery' must be between 100ms and 1h (what a crash may lose), got '"
                + parameters.string("statistics.flushEvery", "") + "'");
        }
        notifyEnabled = parameters.bool("notify.enabled", true);
        notifyRecipient = parameters.optionalString("notify.recipient");
        notifyEvery = parameters.duration("notify.every", Duration.ofHours(1), Durations.ChronoUnitName.MILLISECONDS);
        notifyMaxPerHour = parameters.integer("notify.maxPerHour", 10, 1, 10_000);
        destinationsForgetAfter = parameters.duration("destinations.forgetAfter", Destinations.DEFAULT_FORGET_AFTER,
            Durations.ChronoUnitName.MILLISECONDS);
        if (destinationsForgetAfter.compareTo(Duration.ofHours(1)) < 0) {
            throw parameters.error("parameter 'destinations.forgetAfter' must be at least 1h (a destination's throttle and learned "
                + "window must outlive a quiet hour), got '" + parameters.string("destinations.forgetAfter", "") + "'");
        }
        severityPolicy = SeverityPolicy.from(source, values);
    }

    public static PacerSettings defaults() {
        return new PacerSettings(Map.of(), FILE);
    }

    /** Reads {@code file} if it exists, else the defaults. */
    public static PacerSettings read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return defaults();
        }
        try (InputStream stream = Files.newInputStream(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            Map<String, String> values = new HashMap<>();
            properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
            return new PacerSettings(values, file.getFileName().toString());
        }
    }

    static PacerSettings of(Map<String, String> values) {
        return new PacerSettings(values, FILE);
    }
}
