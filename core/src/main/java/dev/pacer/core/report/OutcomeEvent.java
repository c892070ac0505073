package dev.pacer.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The end of a deferred mail's story: its outcome, after how many attempts and how long after its first deferral. */
public final class OutcomeEvent {
    private final Instant time;
    private final String mailName;
    private final String destination;
    private final Outcome outcome;
    private final int attempts;
    private final Duration extraDelay;

    public OutcomeEvent(Instant time, String mailName, String destination, Outcome outcome, int attempts, Duration extraDelay) {
        this.time = Objects.requireNonNull(time);
        this.mailName = DeferralEvent.clean(mailName, DeferralEvent.MAX_FIELD_CHARS);
        this.destination = DeferralEvent.clean(Objects.requireNonNull(destination), DeferralEvent.MAX_FIELD_CHARS);
        this.outcome = Objects.requireNonNull(outcome);
        this.attempts = Math.max(1, attempts);
        this.extraDelay = extraDelay.isNegative() ? Duration.ZERO : extraDelay;
    }

    public Instant time() {
        return time;
    }

    public String mailName() {
        return mailName;
    }

    public String destination() {
        return destination;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int attempts() {
        return attempts;
    }

    /** From the first deferral to this outcome. */
    public Duration extraDelay() {
        return extraDelay;
    }
}
