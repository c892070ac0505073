package dev.pacer.mailets.jmx;

import dev.pacer.mailets.Lanes;

/** What waits for one destination in one lane, as JMX shows it. */
public final class WaitingView {
    private final Lanes.Waiting waiting;

    WaitingView(Lanes.Waiting waiting) {
        this.waiting = waiting;
    }

    public String getLane() {
        return waiting.lane();
    }

    public String getDestination() {
        return waiting.view().destination().value();
    }

    /** Mails waiting, ready and scheduled. */
    public int getWaiting() {
        return waiting.view().waiting();
    }

    /** Mails whose retry time has come, waiting for a slot, the pacing or a lane thread. */
    public int getReady() {
        return waiting.view().ready();
    }

    /** Mails waiting for their retry time. */
    public int getScheduled() {
        return waiting.view().scheduled();
    }

    /** When the next of them may start (ISO-8601); empty when one may start as soon as a slot or thread is free. */
    public String getNextAttempt() {
        return waiting.view().nextAttempt().map(Object::toString).orElse("");
    }

    /** {@code slot}, {@code pacing}, {@code thread} or {@code time}. */
    public String getWaitingFor() {
        return waiting.view().waitingFor();
    }
}
