package dev.pacer.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.AtomicFiles;
import dev.pacer.core.DeferralKind;

/**
 * An {@link InMemoryDeferralStore} whose per-destination statistics survive a restart: they are written to a compact
 * file (one destination a few lines, whatever its traffic), atomically, at most every {@code flushEvery} while
 * events arrive and at {@link #flush()} (when James stops); read back at creation. Recent events are not kept across
 * restarts, statistics are. A crash loses at most {@code flushEvery} of statistics. A damaged file is skipped with a
 * WARN: it must not keep James from starting.
 */
public final class JournaledDeferralStore extends InMemoryDeferralStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(JournaledDeferralStore.class);
    private static final String SEPARATOR = "\t";

    private final Path file;
    private final Duration flushEvery;
    private Instant lastFlush = Instant.EPOCH;
    private boolean dirty;

    public JournaledDeferralStore(int capacity, Clock clock, SeverityPolicy policy, Path file, Duration flushEvery) {
        super(capacity, clock, policy);
        this.file = file;
        this.flushEvery = flushEvery;
        load();
    }

    @Override
    public synchronized void record(DeferralEvent event) {
        super.record(event);
        changed();
    }

    @Override
    public synchronized void record(OutcomeEvent event) {
        super.record(event);
        changed();
    }

    private void changed() {
        dirty = true;
        if (!clock().instant().isBefore(lastFlush.plus(flushEvery))) {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        if (!dirty) {
            return;
        }
        Instant now = clock().instant();
        StringBuilder out = new StringBuilder("# Pacer deferral statistics\n");
        for (DestinationRecord record : records.values()) {
            line(out, "D", record.destination);
            line(out, "C", record.affected, record.delivered, record.expired, record.bounced,
                record.first == null ? "-" : record.first.toString(), record.last == null ? "-" : record.last.toString());
            for (Map.Entry<DeferralKind, Long> total : record.total.entrySet()) {
                SlidingCounter recent = record.recent.get(total.getKey());
                line(out, "K", total.getKey().name(), total.getValue(), recent == null ? "" : recent.serialize(now));
            }
            line(out, "E", record.expiredRecent.serialize(now));
            line(out, "L", join(record.delaysMillis));
            line(out, "P", join(record.refusalPoints));
            line(out, "MX", String.join(",", record.mxHosts));
            line(out, "IP", String.join(",", record.remoteIps));
            line(out, "SIP", String.join(",", record.sendingIps));
            line(out, "ID", String.join(" ", record.messageIds));
            for (String reply : record.replies) {
                line(out, "R", reply);
            }
            line(out, "LR", record.lastReply);
        }
        try {
            AtomicFiles.write(file, out);
            dirty = false;
            lastFlush = now;
        } catch (IOException e) {
            LOGGER.warn("could not write deferral statistics to {}: {}", file, e.toString());
        }
    }

    private static String join(Iterable<?> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(value -> parts.add(String.valueOf(value)));
        return String.join(",", parts);
    }

    private static void line(StringBuilder out, String type, Object... fields) {
        out.append(type);
        for (Object field : fields) {
            // Texts were sanitized when recorded (no control characters), so a tab cannot appear in them.
            out.append(SEPARATOR).append(field);
        }
        out.append('\n');
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        DestinationRecord current = null;
        int number = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(SEPARATOR, -1);
                if (f[0].equals("D")) {
                    current = new DestinationRecord(f[1]);
                    records.put(f[1], current);
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException("line before any destination");
                }
                restore(current, f);
            }
            LOGGER.info("restored deferral statistics of {} destination(s) from {}", records.size(), file);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("{}:{}: unreadable deferral statistics, the rest of the file is skipped: {}", file, number, e.toString());
        }
        indexRestoredRecords();
    }

    private static void restore(DestinationRecord record, String[] f) {
        switch (f[0]) {
            case "C":
                record.affected = Long.parseLong(f[1]);
                record.delivered = Long.parseLong(f[2]);
                record.expired = Long.parseLong(f[3]);
                record.bounced = Long.parseLong(f[4]);
                record.first = f[5].equals("-") ? null : Instant.parse(f[5]);
                record.last = f[6].equals("-") ? null : Instant.parse(f[6]);
                break;
            case "K":
                DeferralKind kind = DeferralKind.valueOf(f[1]);
                record.total.put(kind, Long.parseLong(f[2]));
                SlidingCounter counter = new SlidingCounter();
                counter.restore(f[3]);
                record.recent.put(kind, counter);
                break;
            case "E":
                record.expiredRecent.restore(f[1]);
                break;
            case "L":
                split(f[1]).forEach(value -> record.delaysMillis.addLast(Long.parseLong(value)));
                break;
            case "P":
                split(f[1]).forEach(value -> record.refusalPoints.addLast(Integer.parseInt(value)));
                break;
            case "MX":
                record.mxHosts.addAll(split(f[1]));
                break;
            case "IP":
                record.remoteIps.addAll(split(f[1]));
                break;
            case "SIP":
                record.sendingIps.addAll(split(f[1]));
                break;
            case "ID":
                for (String id : f[1].split(" ")) {
                    if (!id.isEmpty()) {
                        record.messageIds.addLast(id);
                    }
                }
                break;
            case "R":
                record.replies.add(f[1]);
                break;
            case "LR":
                record.lastReply = f[1];
                break;
            default:
                throw new IllegalStateException("unknown line type '" + f[0] + "'");
        }
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }
}
