package dev.pacer.core.report;

/** What the deferrals of a destination look like, as a first guess at their cause. */
public enum PatternHint {
    /** Too few deferrals to tell. */
    NONE,
    /** The same MX refuses at a stable concurrency: a fixed per-sender connection cap; stay under it. */
    FIXED_CAP,
    /**
     * Deferrals spread over many destinations or sending IPs at once, refusal points that move, or reputation
     * wording: the receiver judges the sender, not its concurrency; a cap will not fix it.
     */
    REPUTATION_SUSPECT
}
