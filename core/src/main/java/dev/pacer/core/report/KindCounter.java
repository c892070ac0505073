package dev.pacer.core.report;

/**
 * One kind's deferrals at one destination: the last 24 hours ({@link SlidingCounter}) and the total since the record
 * began, in one object, so that counting an event reads one object of the kind, not a counter and an array of totals.
 * Not thread-safe: its owner synchronizes.
 */
final class KindCounter extends SlidingCounter {
    /** Deferrals of this kind since the record began (or as restored from a journal). */
    long total;
}
