package dev.pacer.core.throttle;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a receiver's limits apply to: a recipient domain ({@code domain:example.org}), the set of MX hosts serving
 * it ({@code mx:mx1.example.net,mx2.example.net}, so every domain hosted behind one gateway shares one budget, as
 * PowerMTA's MX rollup and KumoMTA's {@code site_name} do), or a static route ({@code route:127.0.0.1:2525}).
 */
public final class DestinationKey implements Comparable<DestinationKey> {
    private final String value;

    private DestinationKey(String value) {
        this.value = value;
    }

    public static DestinationKey domain(String domain) {
        return new DestinationKey("domain:" + domain.toLowerCase(Locale.ROOT));
    }

    /** The MX rollup of a domain: its MX host names, sorted, lower case. */
    public static DestinationKey mx(Collection<String> mxHosts) {
        if (mxHosts.isEmpty()) {
            throw new IllegalArgumentException("an MX rollup needs at least one host");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String host : mxHosts) {
            String normalized = host.toLowerCase(Locale.ROOT);
            sorted.add(normalized.endsWith(".") ? normalized.substring(0, normalized.length() - 1) : normalized);
        }
        return new DestinationKey("mx:" + String.join(",", sorted));
    }

    public static DestinationKey route(String host, int port) {
        return new DestinationKey("route:" + host.toLowerCase(Locale.ROOT) + ":" + port);
    }

    /**
     * Parses a key as printed by {@link #toString()} (what JMX callers pass).
     *
     * @throws IllegalArgumentException naming the value and the legal forms
     */
    public static DestinationKey parse(String value) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.startsWith("domain:") && trimmed.length() > 7 || trimmed.startsWith("mx:") && trimmed.length() > 3
            || trimmed.startsWith("route:") && trimmed.length() > 6) {
            return new DestinationKey(trimmed.toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("'" + dev.pacer.core.Texts.echo(value) + "' is not a destination: expected domain:NAME, mx:HOST[,HOST…] or route:HOST:PORT");
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(DestinationKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DestinationKey && value.equals(((DestinationKey) o).value);
    }

    @Override
    public int hashCode() {
        // Objects.hash(value)'s value without its varargs array: every lookup of a destination hashes its key.
        return 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
