package dev.pacer.mailets.jmx;

import java.util.List;

/**
 * {@code dev.pacer:type=WaitingMail}: the mail Pacer's lanes keep waiting (in their waiting repositories), per
 * destination, and an operator's way to try it now. Destinations are written as Pacer keys ({@code mx:…},
 * {@code domain:…}, {@code route:…}).
 */
public interface WaitingMailMXBean {
    /** Mails waiting in every lane. */
    long getTotalWaiting();

    /** Per lane, the 100 destinations with the most waiting mail: how many, and when the next may start. */
    List<WaitingView> getDestinations();

    /** What waits for one destination in each lane. */
    List<WaitingView> destination(String destination);

    /**
     * Makes every mail waiting for {@code destination} ready now (Postfix's {@code postqueue -s}); the window and the
     * pacing still apply. Returns how many mails were waiting for their retry time.
     */
    int retryNow(String destination);

    /** Makes every waiting mail ready now (Postfix's {@code postqueue -f}). Returns how many waited for their time. */
    int retryAll();
}
