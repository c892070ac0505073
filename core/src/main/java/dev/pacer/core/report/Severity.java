package dev.pacer.core.report;

/** How much a destination's deferrals need an operator. */
public enum Severity {
    /** Rare deferrals that deliver on retry. */
    NORMAL,
    /** Repeated deferrals at the same MX: watch it, the receiver is pushing back. */
    WATCH,
    /** Mail expires or is discarded after repeated soft bounces: talk to the provider. */
    ESCALATE
}
