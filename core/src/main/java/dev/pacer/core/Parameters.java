package dev.pacer.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a component's configuration parameters and fails fast with a message that names the component, the
 * parameter, the rule and the value: {@code ThrottledRemoteDelivery: parameter 'maxConcurrency' must be an integer
 * >= 1, got '0'}. Mailets and matchers build one of these from their config in {@code init()}.
 */
public final class Parameters {
    private final String component;
    private final Map<String, String> values;

    public Parameters(String component, Map<String, String> values) {
        this.component = component;
        this.values = Map.copyOf(values);
    }

    /** Fails on any parameter not in {@code known}, listing the known ones (a typo must not fall back to a default). */
    public Parameters requireOnly(Set<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw error("unknown parameter(s) " + unknown + ", known parameters are " + new TreeSet<>(known));
        }
        return this;
    }

    public Optional<String> optionalString(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    public String string(String name, String defaultValue) {
        return optionalString(name).orElse(defaultValue);
    }

    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> error("parameter '" + name + "' is required"));
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = optionalString(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the error naming the legal range
        }
        throw error("parameter '" + name + "' must be an integer " + range(min, max) + ", got '" + raw.get() + "'");
    }

    public boolean bool(String name, boolean defaultValue) {
        Optional<String> raw = optionalString(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
                return true;
            case "false":
            case "no":
                return false;
            default:
                throw error("parameter '" + name + "' must be true or false, got '" + raw.get() + "'");
        }
    }

    public Optional<Duration> optionalDuration(String name, Durations.ChronoUnitName bareUnit) {
        Optional<String> raw = optionalString(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Durations.parse(raw.get(), bareUnit));
        } catch (IllegalArgumentException e) {
            throw error("parameter '" + name + "' must be a duration such as '30s' or '5m': " + e.getMessage());
        }
    }

    public Duration duration(String name, Duration defaultValue, Durations.ChronoUnitName bareUnit) {
        return optionalDuration(name, bareUnit).orElse(defaultValue);
    }

    public Optional<RetrySchedule> optionalRetrySchedule(String name) {
        Optional<String> raw = optionalString(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RetrySchedule.parse(raw.get()));
        } catch (IllegalArgumentException e) {
            throw error("parameter '" + name + "' must be a retry schedule such as '2*30s, 5m, 1h': " + e.getMessage());
        }
    }

    /** The names of the parameters given. */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * The same parameters with each alias (another mailet's spelling of a parameter, such as James RemoteDelivery's
     * {@code outgoing} for {@code outgoingQueue}) renamed to its name. Fails when both are given with different values.
     */
    public Parameters withAliases(Map<String, String> aliasToName) {
        Map<String, String> renamed = new java.util.HashMap<>(values);
        for (Map.Entry<String, String> alias : aliasToName.entrySet()) {
            String value = renamed.remove(alias.getKey());
            if (value == null) {
                continue;
            }
            String name = alias.getValue();
            String existing = renamed.get(name);
            if (existing != null && !existing.trim().equals(value.trim())) {
                throw error("parameters '" + alias.getKey() + "' and '" + name + "' mean the same and differ ('" + value + "' and '"
                    + existing + "'): keep '" + name + "' only");
            }
            renamed.put(name, value);
        }
        return new Parameters(component, renamed);
    }

    /** An error about this component's configuration, for rules this class does not know (cross-field rules). */
    public IllegalArgumentException error(String message) {
        return new IllegalArgumentException(component + ": " + message);
    }

    private static String range(int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return ">= " + min;
        }
        return "between " + min + " and " + max;
    }
}
