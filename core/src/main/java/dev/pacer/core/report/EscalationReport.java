package dev.pacer.core.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.pacer.core.throttle.DestinationSnapshot;

/**
 * The evidence a provider's postmaster needs about one destination, as plain text an operator pastes into a ticket:
 * destination and MX hosts, time span, our sending IPs and HELO, example Message-IDs, the verbatim replies, how many
 * mails were affected, recovered and expired, and the concurrency at which the receiver refused.
 */
public final class EscalationReport {
    private EscalationReport() {
    }

    public static String render(DestinationStatistics stats, Optional<DestinationSnapshot> window, List<DeferralEvent> recent) {
        StringBuilder out = new StringBuilder();
        out.append("Deferral report for ").append(stats.destination()).append('\n');
        out.append("Severity: ").append(stats.severity()).append("   Pattern: ").append(stats.patternHint()).append("\n\n");
        out.append("Receiving MX hosts: ").append(orNone(stats.mxHosts())).append('\n');
        out.append("Receiving IPs:      ").append(orNone(stats.remoteIps())).append('\n');
        out.append("Our sending IPs:    ").append(orNone(stats.sendingIps())).append('\n');
        List<String> helos = recent.stream().map(DeferralEvent::heloName).filter(h -> !h.isEmpty()).distinct().collect(Collectors.toList());
        out.append("Our HELO names:     ").append(orNone(helos)).append('\n');
        out.append("Time span (UTC):    ").append(stats.firstDeferral().map(Object::toString).orElse("-"))
            .append(" to ").append(stats.lastDeferral().map(Object::toString).orElse("-")).append("\n\n");
        out.append("Deferrals: ").append(stats.deferralsLastHour()).append(" in the last hour, ")
            .append(stats.deferralsLastDay()).append(" in the last 24 hours, ").append(stats.deferralsTotal()).append(" in total\n");
        out.append("  by kind (total): ").append(stats.total()).append('\n');
        out.append("Mails affected: ").append(stats.affectedMails())
            .append(", delivered after deferral: ").append(stats.deliveredAfterDeferral())
            .append(stats.medianExtraDelay().map(d -> " (median extra delay " + human(d) + ")").orElse(""))
            .append(", expired: ").append(stats.expired())
            .append(", bounced: ").append(stats.bounced()).append('\n');
        out.append("Concurrency at which the receiver refused (as counted at each refusal): ")
            .append(stats.refusalPoints().isEmpty() ? "not observed" : stats.refusalPoints().toString()).append('\n');
        window.ifPresent(w -> out.append("Our current concurrency limit: ").append(w.window()).append(" session(s)")
            .append(w.refusalPoint().isPresent() ? ", learned refusal point " + w.refusalPoint().getAsInt() : "")
            .append(w.throttledUntil().map(t -> ", throttled until " + t).orElse("")).append('\n'));
        out.append("\nExample Message-IDs:\n");
        if (stats.exampleMessageIds().isEmpty()) {
            out.append("  (none recorded)\n");
        }
        stats.exampleMessageIds().forEach(id -> out.append("  ").append(id).append('\n'));
        out.append("\nReplies received (verbatim):\n");
        stats.replies().forEach(reply -> out.append("  ").append(reply).append('\n'));
        out.append("\nRecent deferrals:\n");
        recent.forEach(event -> out.append("  ").append(event.asLine()).append('\n'));
        return out.toString();
    }

    private static String orNone(List<String> values) {
        return values.isEmpty() ? "unknown" : String.join(", ", values);
    }

    private static String human(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min";
        }
        return seconds / 3600 + " h";
    }
}
