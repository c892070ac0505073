package dev.pacer.core;

/** What an operator installing Pacer into James must have done, and the message naming the step that is missing. */
public final class Installation {
    /** The line {@code conf/extensions.properties} needs: it loads Pacer's shared state into James's Guice injector. */
    public static final String MODULE_LINE = "guice.extension.module=dev.pacer.mailets.PacerModule";

    private Installation() {
    }

    /** The error of a Pacer component started without Pacer's Guice module. */
    public static String moduleMissing(String component) {
        return component + " needs Pacer's Guice module, which James has not loaded: add the line '" + MODULE_LINE
            + "' to conf/extensions.properties (keep any other guice.extension.module entries, separated by commas) and restart James";
    }
}
