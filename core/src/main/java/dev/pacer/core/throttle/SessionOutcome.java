package dev.pacer.core.throttle;

import dev.pacer.core.DeferralKind;

/** How a delivery session to a destination ended, as far as the concurrency window cares. */
public enum SessionOutcome {
    /** The receiver took the mail (or refused recipients one by one after accepting the session). */
    DELIVERED,
    /** Refused for too many concurrent sessions: the window goes down at once. */
    CONNECTION_LIMIT,
    /** Refused for sending too fast: the pause between session starts grows. */
    RATE_LIMIT,
    /** Any other failure: says nothing about the receiver's concurrency. */
    OTHER_FAILURE,
    /** No session was opened (the mail could not be read, or the lane stopped first): gives the slot back, nothing else. */
    NOT_STARTED;

    /** The outcome of a failed session of the given deferral kind. */
    public static SessionOutcome ofFailure(DeferralKind kind) {
        switch (kind) {
            case CONNECTION_LIMIT:
                return CONNECTION_LIMIT;
            case RATE_LIMIT:
                return RATE_LIMIT;
            default:
                return OTHER_FAILURE;
        }
    }
}
