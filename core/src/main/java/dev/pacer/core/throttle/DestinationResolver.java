package dev.pacer.core.throttle;

import java.util.Map;
import java.util.stream.Collectors;

/** Tells which destination a recipient domain's mail goes to (its domain, its MX rollup or a static route). */
public interface DestinationResolver {
    DestinationKey keyFor(String domain);

    /**
     * The parameters that decide the keys, by name (e.g. {@code destinationKey}, {@code routes}, {@code gateway}),
     * in a stable order: lanes sharing the destinations must agree on every one.
     */
    Map<String, String> settings();

    /** The settings as one line, for logs. */
    default String description() {
        return settings().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(" "));
    }
}
