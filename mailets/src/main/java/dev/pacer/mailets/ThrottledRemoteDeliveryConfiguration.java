package dev.pacer.mailets;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.james.mailrepository.api.MailRepositoryUrl;

import dev.pacer.core.DeferralClassifier;
import dev.pacer.core.DeferralRules;
import dev.pacer.core.Durations;
import dev.pacer.core.Parameters;
import dev.pacer.core.RetrySchedule;
import dev.pacer.core.throttle.WindowPolicy;
import dev.pacer.mailets.delivery.DeliveryTarget;
import dev.pacer.mailets.delivery.SmtpDeliverer;

/** {@link ThrottledRemoteDelivery}'s parameters, parsed and validated once at {@code init()}. Immutable. */
final class ThrottledRemoteDeliveryConfiguration {
    static final String DEFAULT_QUEUE = "pacer-outgoing";
    static final String DEFAULT_DELAY_TIME = "2*5m, 15m, 1h, 2h, 4h";
    static final int DEFAULT_MAX_RETRIES = 5;
    static final int DEFAULT_DELIVERY_THREADS = 8;

    static final int DEFAULT_INITIAL_CONCURRENCY = 5;
    static final int DEFAULT_MAX_CONCURRENCY = 20;
    /** Under {@code file://}, so waiting mail survives a restart of the memory server too. */
    static final String DEFAULT_WAITING_REPOSITORY_PREFIX = "file://var/mail/pacer/waiting/";
    static final String DEFAULT_ERROR_REPOSITORY = "file://var/mail/pacer/error/";

    static final Set<String> PARAMETERS = Set.of("outgoingQueue", "delayTime", "maxRetries", "maxAge",
        "bounceProcessor", "onSuccess", "deferralProcessor", "gateway", "gatewayPort", "heloName", "timeout",
        "connectionTimeout", "startTLS", "sendpartial", "deliveryThreads", "rulesFile", "useDefaultRules",
        "destinationKey", "routes", "initialConcurrency", "maxConcurrency", "probeAfter", "minDelayBetweenMessages",
        "maxDelayBetweenMessages", "waitingRepository", "errorRepository", "attemptTimeout", "maxMessagesPerConnection", "minBackoff",
        "maxBackoff", "reputationBackoff", "greylistDelay", "minProbeAfter");

    /** What a greylisting deferral waits: the time its reply asks for, else the schedule; or always one of those. */
    static final class GreylistDelay {
        static final String FROM_REPLY = "fromReply";
        static final String SCHEDULE = "schedule";

        final boolean fromReply;
        final Optional<Duration> fixed;

        private GreylistDelay(boolean fromReply, Optional<Duration> fixed) {
            this.fromReply = fromReply;
            this.fixed = fixed;
        }
    }

    final String outgoingQueue;
    final RetrySchedule retrySchedule;
    final int maxRetries;
    final Optional<Duration> maxAge;
    final Optional<String> bounceProcessor;
    final Optional<String> onSuccess;
    final Optional<String> deferralProcessor;
    final List<DeliveryTarget> gateways;
    final SmtpDeliverer.Settings smtp;
    final int deliveryThreads;
    final DeferralClassifier classifier;
    final MailetDestinationResolver.Mode destinationMode;
    final Map<String, DeliveryTarget> routes;
    final WindowPolicy windowPolicy;
    final String waitingRepository;
    final String errorRepository;
    final Duration attemptTimeout;
    final int maxMessagesPerConnection;
    final GreylistDelay greylistDelay;

    private ThrottledRemoteDeliveryConfiguration(Parameters parameters, String defaultHeloName) {
        outgoingQueue = parameters.string("outgoingQueue", DEFAULT_QUEUE);
        retrySchedule = parameters.optionalRetrySchedule("delayTime").orElse(RetrySchedule.parse(DEFAULT_DELAY_TIME));
        maxRetries = parameters.integer("maxRetries", DEFAULT_MAX_RETRIES, 0, 1000);
        maxAge = parameters.optionalDuration("maxAge", Durations.ChronoUnitName.MILLISECONDS);
        if (maxAge.isPresent() && maxAge.get().isZero()) {
            throw parameters.error("parameter 'maxAge' must be longer than 0, got '" + parameters.string("maxAge", "") + "'");
        }
        bounceProcessor = parameters.optionalString("bounceProcessor");
        onSuccess = parameters.optionalString("onSuccess");
        deferralProcessor = parameters.optionalString("deferralProcessor");
        int gatewayPort = parameters.integer("gatewayPort", 25, 1, 65535);
        gateways = gateways(parameters, gatewayPort);
        Duration timeout = parameters.duration("timeout", Duration.ofSeconds(180), Durations.ChronoUnitName.MILLISECONDS);
        Duration connectionTimeout = parameters.duration("connectionTimeout", Duration.ofSeconds(60), Durations.ChronoUnitName.MILLISECONDS);
        if (timeout.isZero() || connectionTimeout.isZero()) {
            throw parameters.error("parameters 'timeout' and 'connectionTimeout' must be longer than 0 (0 would wait forever), got '"
                + parameters.string("timeout", "180s") + "' and '" + parameters.string("connectionTimeout", "60s") + "'");
        }
        smtp = new SmtpDeliverer.Settings(parameters.string("heloName", defaultHeloName), timeout, connectionTimeout,
            parameters.bool("startTLS", false), parameters.bool("sendpartial", false));
        deliveryThreads = parameters.integer("deliveryThreads", DEFAULT_DELIVERY_THREADS, 1, 1000);
        classifier = classifier(parameters);
        try {
            destinationMode = MailetDestinationResolver.Mode.parse(parameters.string("destinationKey", "mx"));
        } catch (IllegalArgumentException e) {
            throw parameters.error("parameter 'destinationKey' must be domain or mx, got " + e.getMessage());
        }
        try {
            routes = MailetDestinationResolver.parseRoutes(parameters.string("routes", ""));
        } catch (IllegalArgumentException e) {
            throw parameters.error("parameter 'routes' must be domain=host[:port] entries separated by ',' or ';', " + e.getMessage());
        }
        int initialConcurrency = parameters.integer("initialConcurrency", DEFAULT_INITIAL_CONCURRENCY, 1, 1000);
        int maxConcurrency = parameters.integer("maxConcurrency", Math.max(DEFAULT_MAX_CONCURRENCY, initialConcurrency), 1, 1000);
        if (initialConcurrency > maxConcurrency) {
            throw parameters.error("parameter 'initialConcurrency' (" + initialConcurrency + ") must be <= 'maxConcurrency' (" + maxConcurrency + ")");
        }
        Duration probeAfter = parameters.duration("probeAfter", Duration.ofMinutes(10), Durations.ChronoUnitName.MILLISECONDS);
        Duration minDelay = parameters.duration("minDelayBetweenMessages", Duration.ofSeconds(1), Durations.ChronoUnitName.MILLISECONDS);
        Duration maxDelay = parameters.duration("maxDelayBetweenMessages", Duration.ofMinutes(1), Durations.ChronoUnitName.MILLISECONDS);
        if (minDelay.isZero() || minDelay.compareTo(maxDelay) > 0) {
            throw parameters.error("parameter 'minDelayBetweenMessages' (" + parameters.string("minDelayBetweenMessages", "1s")
                + ") must be longer than 0 and <= 'maxDelayBetweenMessages' (" + parameters.string("maxDelayBetweenMessages", "1m") + ")");
        }
        Duration minBackoff = parameters.duration("minBackoff", WindowPolicy.DEFAULT_MIN_BACKOFF, Durations.ChronoUnitName.MILLISECONDS);
        Duration maxBackoff = parameters.duration("maxBackoff", WindowPolicy.DEFAULT_MAX_BACKOFF, Durations.ChronoUnitName.MILLISECONDS);
        if (minBackoff.isZero() || minBackoff.compareTo(maxBackoff) > 0) {
            throw parameters.error("parameter 'minBackoff' (" + parameters.string("minBackoff", "1m") + ") must be longer than 0 and <= 'maxBackoff' ("
                + parameters.string("maxBackoff", "1h") + ")");
        }
        Duration reputationBackoff = parameters.duration("reputationBackoff", WindowPolicy.DEFAULT_REPUTATION_BACKOFF,
            Durations.ChronoUnitName.MILLISECONDS);
        Duration minProbeAfter = parameters.duration("minProbeAfter",
            WindowPolicy.DEFAULT_MIN_PROBE_AFTER.compareTo(probeAfter) < 0 ? WindowPolicy.DEFAULT_MIN_PROBE_AFTER : probeAfter,
            Durations.ChronoUnitName.MILLISECONDS);
        if (minProbeAfter.compareTo(probeAfter) > 0) {
            throw parameters.error("parameter 'minProbeAfter' (" + parameters.string("minProbeAfter", "30s") + ") must be <= 'probeAfter' ("
                + parameters.string("probeAfter", "10m") + ")");
        }
        windowPolicy = new WindowPolicy(initialConcurrency, maxConcurrency, probeAfter, minDelay, maxDelay, minBackoff, maxBackoff,
            reputationBackoff, minProbeAfter);
        attemptTimeout = parameters.duration("attemptTimeout", Duration.ofMinutes(10), Durations.ChronoUnitName.MILLISECONDS);
        if (attemptTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw parameters.error("parameter 'attemptTimeout' must be at least 1s, got '" + parameters.string("attemptTimeout", "") + "'");
        }
        maxMessagesPerConnection = parameters.integer("maxMessagesPerConnection", 100, 1, 100_000);
        greylistDelay = greylistDelay(parameters);
        waitingRepository = repositoryUrl(parameters, "waitingRepository", DEFAULT_WAITING_REPOSITORY_PREFIX + outgoingQueue + "/");
        errorRepository = repositoryUrl(parameters, "errorRepository", DEFAULT_ERROR_REPOSITORY);
        if (waitingRepository.equals(errorRepository)) {
            throw parameters.error("parameters 'waitingRepository' and 'errorRepository' must differ (the lane indexes everything in its "
                + "waiting repository at start), both are '" + waitingRepository + "'");
        }
    }

    private static GreylistDelay greylistDelay(Parameters parameters) {
        String value = parameters.string("greylistDelay", GreylistDelay.FROM_REPLY).trim();
        if (value.equalsIgnoreCase(GreylistDelay.FROM_REPLY)) {
            return new GreylistDelay(true, Optional.empty());
        }
        if (value.equalsIgnoreCase(GreylistDelay.SCHEDULE)) {
            return new GreylistDelay(false, Optional.empty());
        }
        try {
            return new GreylistDelay(false, Optional.of(Durations.parse(value, Durations.ChronoUnitName.MILLISECONDS)));
        } catch (IllegalArgumentException e) {
            throw parameters.error("parameter 'greylistDelay' must be fromReply, schedule or a duration such as 5m, got '" + value + "'");
        }
    }

    private static String repositoryUrl(Parameters parameters, String name, String defaultValue) {
        String value = parameters.string(name, defaultValue);
        try {
            return MailRepositoryUrl.from(value).asString();
        } catch (RuntimeException e) {
            throw parameters.error("parameter '" + name + "' must be a mail repository URL such as '" + defaultValue + "', got '" + value + "'");
        }
    }

    /** @throws IllegalArgumentException naming the mailet, the parameter and the value */
    static ThrottledRemoteDeliveryConfiguration parse(Parameters parameters, String defaultHeloName) {
        parameters.requireOnly(PARAMETERS);
        return new ThrottledRemoteDeliveryConfiguration(parameters, defaultHeloName);
    }

    private static List<DeliveryTarget> gateways(Parameters parameters, int gatewayPort) {
        List<DeliveryTarget> targets = new ArrayList<>();
        Optional<String> gateway = parameters.optionalString("gateway");
        if (gateway.isPresent()) {
            for (String entry : gateway.get().split(",")) {
                try {
                    targets.add(DeliveryTarget.parse(entry, gatewayPort));
                } catch (IllegalArgumentException e) {
                    throw parameters.error("parameter 'gateway' must be a comma separated list of host[:port], " + e.getMessage());
                }
            }
        }
        return List.copyOf(targets);
    }

    static DeferralClassifier classifier(Parameters parameters) {
        boolean useDefaultRules = parameters.bool("useDefaultRules", true);
        Optional<String> rulesFile = parameters.optionalString("rulesFile");
        if (rulesFile.isEmpty()) {
            if (!useDefaultRules) {
                throw parameters.error("parameter 'useDefaultRules' is false but no 'rulesFile' is given: no rule would be left");
            }
            return DeferralClassifier.defaults();
        }
        Path path = Paths.get(rulesFile.get());
        try {
            return DeferralClassifier.of(DeferralRules.read(path), useDefaultRules);
        } catch (IOException e) {
            throw parameters.error("parameter 'rulesFile' names '" + path + "', which cannot be read: " + e);
        } catch (IllegalArgumentException e) {
            throw parameters.error("parameter 'rulesFile': " + e.getMessage());
        }
    }
}
