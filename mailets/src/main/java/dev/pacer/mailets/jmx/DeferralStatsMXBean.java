package dev.pacer.mailets.jmx;

import java.util.List;
import java.util.Map;

/**
 * {@code dev.pacer:type=DeferralStats}: which destinations defer, how often, with which reply, and what became of
 * the deferred mail. Open types only (an MXBean), readable by jconsole or any JMX client.
 */
public interface DeferralStatsMXBean {
    /** Deferrals recorded since the statistics began (they survive restarts). */
    long getTotalDeferrals();

    long getDeliveredAfterDeferral();

    long getExpired();

    long getBounced();

    /** Events dropped from the bounded recent-events list (statistics keep counting them). */
    long getDroppedEvents();

    /** Destinations by deferrals in the last 24 hours, at most 20. */
    List<DestinationView> getTopDestinations();

    /** The 50 most recent deferrals, newest first. */
    List<EventView> getRecentEvents();

    /** Statistics of one destination ({@code mx:…}, {@code domain:…} or {@code route:…}); unknown: an error naming it. */
    DestinationView destination(String destination);

    /** Deferrals per classifying rule since James started, most first ({@code file:line KIND pattern}). */
    Map<String, Long> getRuleHits();

    /** The escalation report of one destination, plain text for a provider's ticket. */
    String escalationReport(String destination);
}
