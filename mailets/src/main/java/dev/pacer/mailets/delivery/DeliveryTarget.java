package dev.pacer.mailets.delivery;

import java.util.Objects;

/** A host to deliver to: a configured gateway or a recipient domain's MX host. */
public final class DeliveryTarget {
    private final String host;
    private final int port;

    public DeliveryTarget(String host, int port) {
        this.host = Objects.requireNonNull(host);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
        this.port = port;
    }

    /**
     * Parses {@code host} or {@code host:port} (an IPv6 literal in brackets: {@code [::1]:2525}).
     *
     * @throws IllegalArgumentException naming the value
     */
    public static DeliveryTarget parse(String value, int defaultPort) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty host");
        }
        String host = trimmed;
        int port = defaultPort;
        int colon = trimmed.lastIndexOf(':');
        boolean bracketed = trimmed.startsWith("[");
        if (colon > 0 && (!bracketed || trimmed.lastIndexOf(']') < colon)) {
            host = trimmed.substring(0, colon);
            try {
                port = Integer.parseInt(trimmed.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' has an invalid port");
            }
        }
        if (bracketed) {
            host = host.substring(1, host.indexOf(']'));
        }
        try {
            return new DeliveryTarget(host, port);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "': " + e.getMessage(), e);
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryTarget && host.equals(((DeliveryTarget) o).host) && port == ((DeliveryTarget) o).port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
