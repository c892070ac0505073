package dev.pacer.core.report;

/** What became of a mail that was deferred at least once. */
public enum Outcome {
    /** Accepted by the receiver on a later attempt. */
    DELIVERED_AFTER_DEFERRAL,
    /** Retries or maximum age spent: the mail was given up after repeated temporary failures. */
    EXPIRED,
    /** A permanent failure (5xx) after earlier deferrals. */
    BOUNCED
}
