package dev.pacer.mailets;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long one SMTP session may carry mail for its destination (Postfix's connection cache: its
 * {@code smtp_connection_reuse_count_limit} and {@code smtp_connection_reuse_time_limit}): at most
 * {@code maxMessages} mails, and no further mail once the session is {@code timeLimit} old. The time limit is also how
 * the lane notices a receiver that lowered its cap: a receiver lets the sessions it already took go on, so only a new
 * session can be refused.
 */
final class ConnectionReuse {
    private final int maxMessages;
    private final Duration timeLimit;

    ConnectionReuse(int maxMessages, Duration timeLimit) {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be at least 1, got " + maxMessages);
        }
        this.maxMessages = maxMessages;
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    int maxMessages() {
        return maxMessages;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    /** May a session opened at {@code opened} take another mail at {@code now}, after {@code sent} mails? */
    boolean mayCarryAnother(int sent, int learnedLimit, Instant opened, Instant now) {
        return sent < Math.min(maxMessages, learnedLimit) && now.isBefore(opened.plus(timeLimit));
    }
}
