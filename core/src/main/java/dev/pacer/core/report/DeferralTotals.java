package dev.pacer.core.report;

/** Server totals since statistics began, forgotten destinations included. Mutable only inside this package. */
public final class DeferralTotals {
    long deferrals;
    long delivered;
    long expired;
    long bounced;

    public long deferrals() {
        return deferrals;
    }

    public long delivered() {
        return delivered;
    }

    public long expired() {
        return expired;
    }

    public long bounced() {
        return bounced;
    }

    DeferralTotals copy() {
        DeferralTotals copy = new DeferralTotals();
        copy.deferrals = deferrals;
        copy.delivered = delivered;
        copy.expired = expired;
        copy.bounced = bounced;
        return copy;
    }
}
