package dev.pacer.core.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.pacer.core.DeferralKind;
import dev.pacer.core.Texts;

/**
 * The text format of {@code statistics.tsv}, an append-only journal: one block per destination state written (its
 * record whole, a few lines whatever its traffic, ended by {@code Z}), {@code X} for a destination forgotten,
 * {@code T} for the server totals. Reading keeps the last block of each destination; a block cut short (a crash in
 * the middle of an append) or holding a bad value is skipped with the file, line and reason, and reading goes on at
 * the next block. Files of the first format (blocks without {@code Z}, no totals) are read too.
 */
final class StatisticsJournal {
    static final String HEADER = "# Pacer deferral statistics journal 2";
    static final String SEPARATOR = "\t";
    /** A journal larger than this is not read (it cannot be Pacer's: compaction keeps it near its live size). */
    static final long MAX_FILE_BYTES = 1L << 30;
    static final int MAX_LINE_CHARS = 1 << 20;
    /** Clock skew tolerated in restored times. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private StatisticsJournal() {
    }

    /** What a journal held. */
    static final class Loaded {
        final Map<String, DestinationRecord> records = new TreeMap<>();
        DeferralTotals totals;
        final List<String> skipped = new ArrayList<>();
        boolean firstFormat;
    }

    static String block(DestinationRecord record, Instant now) {
        StringBuilder out = new StringBuilder(512);
        line(out, "D", record.destination);
        line(out, "C", record.affected, record.delivered, record.expired, record.bounced,
            record.first() == null ? "-" : record.first().toString(), record.last() == null ? "-" : record.last().toString());
        for (Map.Entry<DeferralKind, Long> total : record.totalsByKind().entrySet()) {
            SlidingCounter recent = record.recent(total.getKey());
            line(out, "K", total.getKey().name(), total.getValue(), recent == null ? "" : recent.serialize(now));
        }
        line(out, "E", record.expiredRecent() == null ? "" : record.expiredRecent().serialize(now));
        line(out, "L", join(record.delaysMillis));
        line(out, "P", join(record.refusalPoints()));
        line(out, "MX", String.join(",", record.mxHosts));
        line(out, "IP", String.join(",", record.remoteIps));
        line(out, "SIP", String.join(",", record.sendingIps));
        line(out, "ID", String.join(" ", record.messageIds()));
        for (String reply : record.replies) {
            line(out, "R", reply);
        }
        line(out, "LR", record.lastReply);
        line(out, "A", record.lastActivity().toString());
        line(out, "Z");
        return out.toString();
    }

    static String forgotten(String destination) {
        StringBuilder out = new StringBuilder();
        line(out, "X", destination);
        return out.toString();
    }

    static String totals(DeferralTotals totals) {
        StringBuilder out = new StringBuilder();
        line(out, "T", totals.deferrals, totals.delivered, totals.expired, totals.bounced);
        return out.toString();
    }

    private static String join(Iterable<?> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(value -> parts.add(String.valueOf(value)));
        return String.join(",", parts);
    }

    private static void line(StringBuilder out, String type, Object... fields) {
        out.append(type);
        for (Object field : fields) {
            // Texts were sanitized when recorded (no control characters), so a tab or line feed cannot appear in them.
            out.append(SEPARATOR).append(field);
        }
        out.append('\n');
    }

    /** Reads a journal; never throws for its content (bad blocks are listed in {@link Loaded#skipped}). */
    static Loaded read(Path file, Instant now) throws IOException {
        Loaded loaded = new Loaded();
        if (!Files.exists(file)) {
            return loaded;
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            loaded.skipped.add(file + ": " + size + " bytes, more than a statistics journal can hold (" + MAX_FILE_BYTES
                + "): not read");
            return loaded;
        }
        DestinationRecord current = null;
        int blockStart = 0;
        boolean skipping = false;
        int number = 0;
        // Malformed bytes (a damaged file) become U+FFFD and their line is then refused by the parser, not the whole file.
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1) {
                    loaded.firstFormat = !line.equals(HEADER);
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    if (line.length() > MAX_LINE_CHARS) {
                        throw new IllegalArgumentException("line longer than " + MAX_LINE_CHARS + " characters");
                    }
                    String[] f = line.split(SEPARATOR, -1);
                    switch (f[0]) {
                        case "D":
                            if (current != null && loaded.firstFormat) {
                                commit(loaded, current, now);
                            } else if (current != null) {
                                loaded.skipped.add(file + ":" + blockStart + ": block of " + Texts.echo(current.destination)
                                    + " cut short (no end line before line " + number + "): skipped");
                            }
                            requireFields(f, 2);
                            current = new DestinationRecord(f[1]);
                            blockStart = number;
                            skipping = false;
                            break;
                        case "Z":
                            if (current != null) {
                                commit(loaded, current, now);
                            }
                            current = null;
                            skipping = false;
                            break;
                        case "X":
                            requireFields(f, 2);
                            loaded.records.remove(f[1]);
                            break;
                        case "T":
                            requireFields(f, 5);
                            DeferralTotals totals = new DeferralTotals();
                            totals.deferrals = nonNegative(f[1]);
                            totals.delivered = nonNegative(f[2]);
                            totals.expired = nonNegative(f[3]);
                            totals.bounced = nonNegative(f[4]);
                            loaded.totals = totals;
                            break;
                        default:
                            if (skipping) {
                                break;
                            }
                            if (current == null) {
                                throw new IllegalArgumentException("line outside any destination block");
                            }
                            restore(current, f, now);
                            break;
                    }
                } catch (RuntimeException e) {
                    String what = current == null ? "" : " (block of " + Texts.echo(current.destination) + " from line " + blockStart + ")";
                    loaded.skipped.add(file + ":" + number + ": " + Texts.echo(String.valueOf(e.getMessage())) + what + ": skipped");
                    current = null;
                    skipping = true;
                }
            }
        }
        if (current != null) {
            if (loaded.firstFormat) {
                commit(loaded, current, now);
            } else {
                loaded.skipped.add(file + ":" + blockStart + ": block of " + Texts.echo(current.destination)
                    + " cut short at the end of the file: skipped");
            }
        }
        return loaded;
    }

    private static void commit(Loaded loaded, DestinationRecord record, Instant now) {
        Instant latest = now.plus(FUTURE_TOLERANCE);
        for (Instant time : new Instant[] {record.first(), record.last(), record.lastEvent()}) {
            if (time != null && time.isAfter(latest)) {
                throw new IllegalArgumentException("time " + time + " is in the future");
            }
        }
        loaded.records.put(record.destination, record);
    }

    private static void requireFields(String[] f, int count) {
        if (f.length < count) {
            throw new IllegalArgumentException("'" + f[0] + "' line with " + f.length + " field(s), " + count + " expected");
        }
    }

    private static long nonNegative(String value) {
        long parsed = Long.parseLong(value);
        if (parsed < 0) {
            throw new IllegalArgumentException("negative count " + parsed);
        }
        return parsed;
    }

    private static Instant time(String value) {
        return value.equals("-") ? null : Instant.parse(value);
    }

    private static void restore(DestinationRecord record, String[] f, Instant now) {
        long latestBucket = SlidingCounter.bucketOf(now.plus(FUTURE_TOLERANCE));
        switch (f[0]) {
            case "C":
                requireFields(f, 7);
                record.affected = nonNegative(f[1]);
                record.delivered = nonNegative(f[2]);
                record.expired = nonNegative(f[3]);
                record.bounced = nonNegative(f[4]);
                record.restoreTimes(time(f[5]), time(f[6]));
                break;
            case "K":
                requireFields(f, 4);
                DeferralKind kind = DeferralKind.valueOf(f[1]);
                long count = nonNegative(f[2]);
                KindCounter counter = new KindCounter();
                counter.restore(f[3]);
                if (counter.newestBucket() > latestBucket) {
                    throw new IllegalArgumentException("deferrals counted in the future");
                }
                counter.total = count;
                record.restore(kind, counter);
                break;
            case "E":
                requireFields(f, 2);
                if (!f[1].isBlank()) {
                    // An empty line leaves the record without an expired counter, as before it was written.
                    record.expiredCounter().restore(f[1]);
                    if (record.expiredCounter().newestBucket() > latestBucket) {
                        throw new IllegalArgumentException("expired mails counted in the future");
                    }
                }
                break;
            case "L":
                requireFields(f, 2);
                for (String value : split(f[1])) {
                    if (record.delaysMillis.size() < DestinationRecord.MAX_DELAYS) {
                        record.delaysMillis.addLast(nonNegative(value));
                    }
                }
                break;
            case "P":
                requireFields(f, 2);
                for (String value : split(f[1])) {
                    int point = Integer.parseInt(value);
                    if (point < 1 || point > 100_000) {
                        throw new IllegalArgumentException("refusal point " + point + " out of range");
                    }
                    record.addRefusalPoint(point);
                }
                break;
            case "MX":
                requireFields(f, 2);
                bounded(record.mxHosts, split(f[1]));
                break;
            case "IP":
                requireFields(f, 2);
                bounded(record.remoteIps, split(f[1]));
                break;
            case "SIP":
                requireFields(f, 2);
                bounded(record.sendingIps, split(f[1]));
                break;
            case "ID":
                requireFields(f, 2);
                for (String id : f[1].split(" ")) {
                    if (!id.isEmpty()) {
                        record.addMessageId(id);
                    }
                }
                break;
            case "R":
                requireFields(f, 2);
                if (record.replies.size() < DestinationRecord.MAX_LIST) {
                    record.replies.add(f[1]);
                }
                break;
            case "LR":
                requireFields(f, 2);
                record.lastReply = f[1];
                break;
            case "A":
                requireFields(f, 2);
                record.restoreLastEvent(Instant.parse(f[1]));
                break;
            default:
                throw new IllegalArgumentException("unknown line type '" + Texts.echo(f[0]) + "'");
        }
    }

    private static void bounded(java.util.Set<String> target, List<String> values) {
        for (String value : values) {
            if (target.size() < DestinationRecord.MAX_LIST) {
                target.add(value);
            }
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
