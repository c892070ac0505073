package dev.pacer.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link InMemoryDeferralStore} whose per-destination statistics survive a restart, written off the hot path.
 *
 * <p>Recording an event only marks its destination changed (in memory, under the store's lock). A background thread
 * ({@code pacer-statistics-writer}) wakes every {@code flushEvery}: it forgets destinations idle longer than
 * {@code forgetAfter}, takes the changed destinations' records (serialized under the lock: work proportional to what
 * changed) and appends them to the journal ({@link StatisticsJournal}) outside the lock, then syncs it. When the
 * journal has grown past twice its size at the last compaction (plus 1 MiB), it is rewritten whole from memory, a few
 * hundred destinations per lock, into a temporary file atomically renamed over it. {@link #flush()} (James stopping)
 * does the same at once. A crash therefore loses at most the events of the last {@code flushEvery}; a block cut short
 * by the crash, or one holding a bad value, is skipped at the next start with the file, line and reason, and James
 * starts with the rest.
 */
public final class JournaledDeferralStore extends InMemoryDeferralStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(JournaledDeferralStore.class);
    private static final long COMPACTION_SLACK_BYTES = 1L << 20;
    private static final int COMPACTION_BATCH = 256;
    private static final int SKIPPED_LOGGED = 20;

    private final Path file;
    private final Duration forgetAfter;
    private final ScheduledExecutorService writer;
    private final Object writeLock = new Object();
    /** Guarded by writeLock. */
    private long sizeAfterCompaction;
    private boolean compactionNeeded;
    private boolean closed;

    /** A store whose statistics never age out, written every {@code flushEvery} by a background thread. */
    public JournaledDeferralStore(int capacity, Clock clock, SeverityPolicy policy, Path file, Duration flushEvery) {
        this(capacity, clock, policy, file, flushEvery, null);
    }

    /**
     * @param forgetAfter destinations without any event for this long leave memory and the journal ({@code null}:
     *                    never)
     */
    public JournaledDeferralStore(int capacity, Clock clock, SeverityPolicy policy, Path file, Duration flushEvery,
                                  Duration forgetAfter) {
        super(capacity, clock, policy);
        if (flushEvery.isNegative() || flushEvery.isZero()) {
            throw new IllegalArgumentException("flushEvery must be longer than 0, got " + flushEvery);
        }
        this.file = file;
        this.forgetAfter = forgetAfter;
        load();
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pacer-statistics-writer");
            thread.setDaemon(true);
            return thread;
        });
        long period = flushEvery.toMillis();
        writer.scheduleWithFixedDelay(this::writeQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    private void load() {
        try {
            StatisticsJournal.Loaded loaded = StatisticsJournal.read(file, clock().instant());
            loaded.records.values().forEach(records::put);
            indexRestoredRecords(loaded.totals);
            for (int i = 0; i < Math.min(SKIPPED_LOGGED, loaded.skipped.size()); i++) {
                LOGGER.warn("deferral statistics: {}", loaded.skipped.get(i));
            }
            if (loaded.skipped.size() > SKIPPED_LOGGED) {
                LOGGER.warn("deferral statistics: {} more damaged block(s) of {} skipped", loaded.skipped.size() - SKIPPED_LOGGED, file);
            }
            if (Files.exists(file)) {
                LOGGER.info("restored deferral statistics of {} destination(s) from {}{}", loaded.records.size(), file,
                    loaded.skipped.isEmpty() ? "" : " (" + loaded.skipped.size() + " damaged block(s) skipped)");
            }
            if (!loaded.skipped.isEmpty()) {
                keepDamagedCopy();
            }
            synchronized (writeLock) {
                sizeAfterCompaction = Files.exists(file) ? Files.size(file) : 0;
                // A damaged or first-format journal is rewritten clean at the first write.
                compactionNeeded = Files.exists(file) && (loaded.firstFormat || !loaded.skipped.isEmpty());
            }
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("{}: deferral statistics could not be read, starting without them: {}", file, e.toString());
            keepDamagedCopy();
            synchronized (writeLock) {
                compactionNeeded = true;
            }
        }
    }

    /** The damaged journal is rewritten clean at the first write: its original stays beside it for the operator. */
    private void keepDamagedCopy() {
        Path copy = file.resolveSibling(file.getFileName() + ".damaged");
        try {
            if (Files.exists(file)) {
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                LOGGER.warn("deferral statistics: the damaged file is kept as {}", copy);
            }
        } catch (IOException e) {
            LOGGER.warn("deferral statistics: could not keep a copy of the damaged {}: {}", file, e.toString());
        }
    }

    private void writeQuietly() {
        try {
            write(false);
        } catch (Throwable e) {
            // The thread must keep running: the next period tries again (and rewrites everything).
            LOGGER.warn("could not write deferral statistics to {}: {}", file, e.toString());
        }
    }

    /** Forgets idle destinations and appends what changed; compacts when the journal has grown. */
    private void write(boolean closing) throws IOException {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            if (forgetAfter != null) {
                int forgotten = forgetIdle(clock().instant().minus(forgetAfter));
                if (forgotten > 0) {
                    LOGGER.info("deferral statistics of {} destination(s) idle for {} forgotten", forgotten, forgetAfter);
                }
            }
            Changes changes = drainChanges();
            try {
                if (compactionNeeded) {
                    compact();
                } else if (!changes.isEmpty()) {
                    append(changes);
                    if (Files.size(file) > 2 * sizeAfterCompaction + COMPACTION_SLACK_BYTES) {
                        compact();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // What was drained is still in memory: a full rewrite at the next write puts it on disk.
                compactionNeeded = true;
                throw e;
            }
            if (closing) {
                closed = true;
            }
        }
    }

    private void append(Changes changes) throws IOException {
        StringBuilder out = new StringBuilder();
        if (!Files.exists(file) || Files.size(file) == 0) {
            out.append(StatisticsJournal.HEADER).append('\n');
        }
        changes.blocks.forEach(out::append);
        changes.forgotten.forEach(destination -> out.append(StatisticsJournal.forgotten(destination)));
        if (changes.totals != null) {
            out.append(StatisticsJournal.totals(changes.totals));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(out.toString());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        }
    }

    /** Rewrites the journal from memory: a temporary file, synced, renamed over the journal. */
    private void compact() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = parent.resolve(file.getFileName() + ".tmp");
        List<String> names = destinations();
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(StatisticsJournal.HEADER);
            out.write('\n');
            out.write(StatisticsJournal.totals(totals()));
            for (int from = 0; from < names.size(); from += COMPACTION_BATCH) {
                for (String block : blocks(names, from, COMPACTION_BATCH)) {
                    out.write(block);
                }
            }
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        sizeAfterCompaction = Files.size(file);
        compactionNeeded = false;
    }

    /** Writes what changed now, synced (also what the background thread does every {@code flushEvery}). */
    @Override
    public void flush() {
        try {
            write(false);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("could not write deferral statistics to {}: {}", file, e.toString());
        }
    }

    /** Stops the background writer, then writes what changed, synced (James stopping). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOGGER.warn("the deferral statistics writer did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            write(true);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("could not write deferral statistics to {}: {}", file, e.toString());
        }
    }

    /** Forces the next write to rewrite the journal whole (tests of compaction). */
    void compactAtNextWrite() {
        synchronized (writeLock) {
            compactionNeeded = true;
        }
    }
}
