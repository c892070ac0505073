package dev.pacer.mailets.jmx;

import java.util.List;

/**
 * {@code dev.pacer:type=Throttle}: every destination's concurrency window and throttle, and an operator's overrides.
 * Destinations are written as Pacer keys ({@code mx:…}, {@code domain:…}, {@code route:…}); an unknown one is an
 * error naming it and the known ones.
 */
public interface ThrottleMXBean {
    List<WindowView> getWindows();

    /** Ends the destination's throttle now: new mail takes the normal lane again. */
    void unthrottle(String destination);

    /** Sets the window by hand; it stops adapting until {@link #reset}. */
    void setWindow(String destination, int window);

    /** Forgets what was learned (window back to 1, no refusal point, no pacing, no throttle, no suspension). */
    void reset(String destination);

    /** Ends the destination's suspension now: its waiting mail starts within its window again. */
    void resume(String destination);
}
