package dev.pacer.core.throttle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.AtomicFiles;

/**
 * Keeps destination state in a small tab-separated file, one destination a line, rewritten atomically (write a
 * temporary file, then rename) so a crash leaves the old or the new file, never half of one. A line that cannot be
 * read is skipped with a WARN naming the line: a damaged file must not keep James from starting.
 */
public final class FileDestinationStore implements DestinationStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(FileDestinationStore.class);
    /** Bounds of what is read back, as wide as configuration allows and no wider (a damaged value must not stall mail). */
    static final int MAX_WINDOW = 1000;
    static final Duration MAX_MESSAGE_DELAY = Duration.ofDays(1);
    static final Duration MAX_THROTTLE = Duration.ofDays(365);
    static final Duration CLOCK_SKEW = Duration.ofDays(1);
    private static final String HEADER = "# Pacer destination state: key window refusalPoint lastRefusal messageDelayMs throttledUntil throttleReason manual";
    private static final String NONE = "-";

    private final Path file;

    public FileDestinationStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public List<DestinationSnapshot> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<DestinationSnapshot> snapshots = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                snapshots.add(parse(line));
            } catch (RuntimeException e) {
                LOGGER.warn("{}:{}: skipped unreadable destination state '{}': {}", file, number, abbreviate(line), e.getMessage());
            }
        }
        return snapshots;
    }

    private static DestinationSnapshot parse(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 8) {
            throw new IllegalArgumentException("expected 8 columns, got " + columns.length);
        }
        int window = inRange("window", Integer.parseInt(columns[1]), 1, MAX_WINDOW);
        OptionalInt refusalPoint = columns[2].equals(NONE) ? OptionalInt.empty()
            : OptionalInt.of(inRange("refusalPoint", Integer.parseInt(columns[2]), 1, MAX_WINDOW + 1));
        Instant now = Instant.now();
        Optional<Instant> lastRefusal = instant(columns[3]);
        if (lastRefusal.filter(at -> at.isAfter(now.plus(CLOCK_SKEW))).isPresent()) {
            throw new IllegalArgumentException("lastRefusal " + columns[3] + " is in the future");
        }
        long delayMillis = inRange("messageDelayMs", Long.parseLong(columns[4]), 0L, MAX_MESSAGE_DELAY.toMillis());
        Optional<Instant> throttledUntil = instant(columns[5]);
        if (throttledUntil.filter(until -> until.isAfter(now.plus(MAX_THROTTLE))).isPresent()) {
            throw new IllegalArgumentException("throttledUntil " + columns[5] + " is more than " + MAX_THROTTLE.toDays() + " days ahead");
        }
        if (!columns[7].equals("true") && !columns[7].equals("false")) {
            throw new IllegalArgumentException("manual must be true or false, got '" + abbreviate(columns[7]) + "'");
        }
        return new DestinationSnapshot(DestinationKey.parse(columns[0]), window, 0, refusalPoint, lastRefusal,
            Duration.ofMillis(delayMillis), throttledUntil, columns[6].equals(NONE) ? Optional.empty() : Optional.of(columns[6]),
            Boolean.parseBoolean(columns[7]));
    }

    private static <T extends Comparable<T>> T inRange(String name, T value, T min, T max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static String abbreviate(String value) {
        return dev.pacer.core.Texts.echo(value);
    }

    private static Optional<Instant> instant(String value) {
        return value.equals(NONE) ? Optional.empty() : Optional.of(Instant.parse(value));
    }

    @Override
    public synchronized void save(List<DestinationSnapshot> snapshots) throws IOException {
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (DestinationSnapshot snapshot : snapshots) {
            content.append(snapshot.key()).append('\t')
                .append(snapshot.window()).append('\t')
                .append(snapshot.refusalPoint().isPresent() ? Integer.toString(snapshot.refusalPoint().getAsInt()) : NONE).append('\t')
                .append(snapshot.lastRefusal().map(Instant::toString).orElse(NONE)).append('\t')
                .append(snapshot.messageDelay().toMillis()).append('\t')
                .append(snapshot.throttledUntil().map(Instant::toString).orElse(NONE)).append('\t')
                .append(snapshot.throttleReason().map(reason -> reason.replaceAll("[\\t\\r\\n]", " ")).orElse(NONE)).append('\t')
                .append(snapshot.manualWindow()).append('\n');
        }
        AtomicFiles.write(file, content);
    }
}
