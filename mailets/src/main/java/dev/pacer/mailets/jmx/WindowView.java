package dev.pacer.mailets.jmx;

import dev.pacer.core.throttle.DestinationSnapshot;

/** One destination's window and throttle as JMX shows it. */
public final class WindowView {
    private final DestinationSnapshot snapshot;

    WindowView(DestinationSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public String getDestination() {
        return snapshot.key().value();
    }

    public int getWindow() {
        return snapshot.window();
    }

    public int getInFlight() {
        return snapshot.inFlight();
    }

    /** 0 when none. */
    public int getRefusalPoint() {
        return snapshot.refusalPoint().orElse(0);
    }

    public String getLastRefusal() {
        return snapshot.lastRefusal().map(Object::toString).orElse("");
    }

    public long getMessageDelayMillis() {
        return snapshot.messageDelay().toMillis();
    }

    public String getThrottledUntil() {
        return snapshot.throttledUntil().map(Object::toString).orElse("");
    }

    public String getThrottleReason() {
        return snapshot.throttleReason().orElse("");
    }

    public boolean isManualWindow() {
        return snapshot.manualWindow();
    }

    /** When the destination's suspension ends (ISO-8601; it is then probed one session at a time); empty when healthy. */
    public String getSuspendedUntil() {
        return snapshot.suspendedUntil().map(Object::toString).orElse("");
    }

    public String getSuspensionReason() {
        return snapshot.suspensionReason().orElse("");
    }
}
