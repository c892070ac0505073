package dev.pacer.core.throttle;

/** Tells which destination a recipient domain's mail goes to (its domain, its MX rollup or a static route). */
public interface DestinationResolver {
    DestinationKey keyFor(String domain);

    /** How this resolver is configured, compared across lanes that must agree. */
    String description();
}
