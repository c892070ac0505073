package dev.pacer.core.report;

class InMemoryDeferralStoreTest extends DeferralStoreContract {
    @Override
    DeferralStore store(int capacity) {
        return new InMemoryDeferralStore(capacity, clock, SeverityPolicy.DEFAULTS);
    }
}
