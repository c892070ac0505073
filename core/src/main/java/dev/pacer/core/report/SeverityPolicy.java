package dev.pacer.core.report;

import java.util.Map;
import java.util.Set;

import dev.pacer.core.Parameters;

/**
 * Thresholds for {@link Severity} and {@link PatternHint}, with documented defaults (keys of
 * {@code conf/pacer.properties}):
 * <ul>
 *   <li>{@code severity.watch.deferralsPerHour} (default 10): deferrals in the last hour at one destination that
 *       make it WATCH;</li>
 *   <li>{@code severity.escalate.expiredPerDay} (default 1): mails expired in the last 24 h that make it
 *       ESCALATE;</li>
 *   <li>{@code pattern.fixedCap.minRefusals} (default 3): connection-limit refusals needed to call a cap fixed;</li>
 *   <li>{@code pattern.reputation.spreadDestinations} (default 5): destinations deferring in the same hour that make
 *       every deferring destination REPUTATION_SUSPECT.</li>
 * </ul>
 */
public final class SeverityPolicy {
    public static final Set<String> KEYS = Set.of("severity.watch.deferralsPerHour", "severity.escalate.expiredPerDay",
        "pattern.fixedCap.minRefusals", "pattern.reputation.spreadDestinations");
    public static final SeverityPolicy DEFAULTS = new SeverityPolicy(10, 1, 3, 5);

    private final int watchDeferralsPerHour;
    private final int escalateExpiredPerDay;
    private final int fixedCapMinRefusals;
    private final int spreadDestinations;

    public SeverityPolicy(int watchDeferralsPerHour, int escalateExpiredPerDay, int fixedCapMinRefusals, int spreadDestinations) {
        this.watchDeferralsPerHour = watchDeferralsPerHour;
        this.escalateExpiredPerDay = escalateExpiredPerDay;
        this.fixedCapMinRefusals = fixedCapMinRefusals;
        this.spreadDestinations = spreadDestinations;
    }

    /** Reads the thresholds from properties (unknown keys of this group are refused by the caller). */
    public static SeverityPolicy from(String source, Map<String, String> properties) {
        Parameters parameters = new Parameters(source, properties);
        return new SeverityPolicy(
            parameters.integer("severity.watch.deferralsPerHour", DEFAULTS.watchDeferralsPerHour, 1, Integer.MAX_VALUE),
            parameters.integer("severity.escalate.expiredPerDay", DEFAULTS.escalateExpiredPerDay, 1, Integer.MAX_VALUE),
            parameters.integer("pattern.fixedCap.minRefusals", DEFAULTS.fixedCapMinRefusals, 2, 1000),
            parameters.integer("pattern.reputation.spreadDestinations", DEFAULTS.spreadDestinations, 2, 100_000));
    }

    public int watchDeferralsPerHour() {
        return watchDeferralsPerHour;
    }

    public int escalateExpiredPerDay() {
        return escalateExpiredPerDay;
    }

    public int fixedCapMinRefusals() {
        return fixedCapMinRefusals;
    }

    public int spreadDestinations() {
        return spreadDestinations;
    }
}
