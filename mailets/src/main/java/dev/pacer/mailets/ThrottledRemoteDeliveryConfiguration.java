package dev.pacer.mailets;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.DeferralClassifier;
import dev.pacer.core.DeferralRule;
import dev.pacer.core.DeferralRules;
import dev.pacer.core.Durations;
import dev.pacer.core.Parameters;
import dev.pacer.core.RetrySchedule;
import dev.pacer.core.throttle.WindowPolicy;
import dev.pacer.mailets.delivery.DeliveryTarget;
import dev.pacer.mailets.delivery.SmtpDeliverer;

/** {@link ThrottledRemoteDelivery}'s parameters, parsed and validated once at {@code init()}. Immutable. */
final class ThrottledRemoteDeliveryConfiguration {
    private static final Logger LOGGER = LoggerFactory.getLogger(ThrottledRemoteDeliveryConfiguration.class);

    static final String DEFAULT_QUEUE = "pacer-outgoing";
    static final String DEFAULT_DELAY_TIME = "2*5m, 15m, 1h, 2h, 4h";
    static final int DEFAULT_MAX_RETRIES = 5;
    static final int DEFAULT_DELIVERY_THREADS = 8;

    static final int DEFAULT_INITIAL_CONCURRENCY = 5;
    static final int DEFAULT_MAX_CONCURRENCY = 20;
    /** Under {@code file://}, so waiting mail survives a restart of the memory server too. */
    static final String DEFAULT_WAITING_REPOSITORY_PREFIX = "file://var/mail/pacer/waiting/";
    static final String DEFAULT_ERROR_REPOSITORY = "file://var/mail/pacer/error/";
    /** Postfix uses 300 s; shorter here, since a new session is how a lowered cap is noticed (see ConnectionReuse). */
    static final Duration DEFAULT_CONNECTION_REUSE_TIME_LIMIT = Duration.ofSeconds(5);

    static final Set<String> PARAMETERS = Set.of("outgoingQueue", "delayTime", "maxRetries", "maxAge",
        "bounceProcessor", "onSuccess", "deferralProcessor", "gateway", "gatewayPort", "heloName", "timeout",
        "connectionTimeout", "startTLS", "sendpartial", "deliveryThreads", "rulesFile", "useDefaultRules",
        "destinationKey", "routes", "initialConcurrency", "maxConcurrency", "probeAfter", "minDelayBetweenMessages",
        "maxDelayBetweenMessages", "waitingRepository", "errorRepository", "attemptTimeout", "maxMessagesPerConnection", "connectionReuseTimeLimit", "minBackoff",
        "maxBackoff", "reputationBackoff", "greylistDelay", "minProbeAfter", "gatewayUsername", "gatewayPassword", "bind",
        "verifyServerIdentity", "sslEnable");

    /** James RemoteDelivery's spellings of Pacer's parameters: its configuration works after the class name changes. */
    static final Map<String, String> REMOTE_DELIVERY_ALIASES = Map.of("outgoing", "outgoingQueue",
        "connectiontimeout", "connectionTimeout", "gatewayusername", "gatewayUsername");

    /** RemoteDelivery parameters without a Pacer equivalent: accepted, with a warning saying what Pacer does instead. */
    static final Map<String, String> REMOTE_DELIVERY_WITHOUT_EQUIVALENT = Map.of(
        "maxDnsProblemRetries", "a temporary DNS failure is retried on 'delayTime' up to 'maxRetries' like any temporary failure, "
            + "and a domain without mail server bounces at once",
        "debug", "set the logger 'dev.pacer' to DEBUG in logback.xml to follow each session",
        "usePriority", "each destination has its own window and its mail goes in the order it came; the mail priority is not read",
        "loadBalancing", "the hosts of one MX preference are tried in the order DNS gives them");

    /**
     * {@code mail.*} properties Pacer sets itself, with the parameter that sets them: giving one directly is refused,
     * since it would silently change (or break) what that parameter says.
     */
    static final Map<String, String> JAVAMAIL_PROPERTIES_OWNED = Map.ofEntries(
        Map.entry("mail.smtp.localhost", "heloName"), Map.entry("mail.smtp.timeout", "timeout"),
        Map.entry("mail.smtp.writetimeout", "timeout"), Map.entry("mail.smtp.connectiontimeout", "connectionTimeout"),
        Map.entry("mail.smtp.starttls.enable", "startTLS"), Map.entry("mail.smtp.sendpartial", "sendpartial"),
        Map.entry("mail.smtp.localaddress", "bind"), Map.entry("mail.smtp.auth", "gatewayUsername"),
        Map.entry("mail.smtp.ssl.checkserveridentity", "verifyServerIdentity"), Map.entry("mail.smtp.ssl.trust", "verifyServerIdentity"),
        Map.entry("mail.smtp.socketFactory", "none (Pacer bounds every session with its own sockets)"),
        Map.entry("mail.smtp.socketFactory.class", "none (Pacer bounds every session with its own sockets)"),
        Map.entry("mail.smtp.socketFactory.fallback", "none (Pacer bounds every session with its own sockets)"),
        Map.entry("mail.smtp.from", "none (the envelope sender of each mail)"));

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
    final ConnectionReuse connectionReuse;
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
        if (parameters.bool("sslEnable", false)) {
            throw parameters.error("parameter 'sslEnable' (SMTP over TLS from the first byte, port 465) is not supported: "
                + "use startTLS=true, which upgrades the session when the receiver offers it");
        }
        smtp = new SmtpDeliverer.Settings(parameters.string("heloName", defaultHeloName), timeout, connectionTimeout,
            parameters.bool("startTLS", false), parameters.bool("sendpartial", false), bindAddress(parameters),
            gatewayCredentials(parameters, gateways), parameters.bool("verifyServerIdentity", false), javaMailProperties(parameters));
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
        int maxMessagesPerConnection = parameters.integer("maxMessagesPerConnection", 100, 1, 100_000);
        // A reused session lives within its attempt's deadline: the default never goes past attemptTimeout.
        Duration defaultReuseTimeLimit = DEFAULT_CONNECTION_REUSE_TIME_LIMIT.compareTo(attemptTimeout) > 0 ? attemptTimeout
            : DEFAULT_CONNECTION_REUSE_TIME_LIMIT;
        Duration connectionReuseTimeLimit = parameters.duration("connectionReuseTimeLimit", defaultReuseTimeLimit,
            Durations.ChronoUnitName.MILLISECONDS);
        if (connectionReuseTimeLimit.compareTo(Duration.ofSeconds(1)) < 0 || connectionReuseTimeLimit.compareTo(attemptTimeout) > 0) {
            throw parameters.error("parameter 'connectionReuseTimeLimit' must be from 1s to attemptTimeout (" + attemptTimeout.getSeconds()
                + "s), got '" + parameters.string("connectionReuseTimeLimit", "") + "'");
        }
        connectionReuse = new ConnectionReuse(maxMessagesPerConnection, connectionReuseTimeLimit);
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

    /**
     * Reads the mailet's parameters, James RemoteDelivery's included (see {@link #REMOTE_DELIVERY_ALIASES}).
     *
     * @throws IllegalArgumentException naming the mailet, the parameter and the value
     */
    static ThrottledRemoteDeliveryConfiguration parse(Parameters given, String defaultHeloName) {
        Parameters parameters = given.withAliases(REMOTE_DELIVERY_ALIASES);
        Set<String> known = new HashSet<>(PARAMETERS);
        known.addAll(REMOTE_DELIVERY_WITHOUT_EQUIVALENT.keySet());
        parameters.names().stream().filter(name -> name.startsWith("mail.")).forEach(known::add);
        parameters.requireOnly(known);
        return new ThrottledRemoteDeliveryConfiguration(parameters, defaultHeloName);
    }

    /** One line per RemoteDelivery parameter given that Pacer has no equivalent for, saying what it does instead. */
    static List<String> warnings(Parameters given) {
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(given.names())) {
            String instead = REMOTE_DELIVERY_WITHOUT_EQUIVALENT.get(name);
            if (instead != null) {
                warnings.add("parameter '" + name + "' of RemoteDelivery has no equivalent here and is ignored: " + instead);
            }
        }
        return warnings;
    }

    private static Optional<String> bindAddress(Parameters parameters) {
        Optional<String> bind = parameters.optionalString("bind");
        if (bind.isPresent() && !isAddressLiteral(bind.get())) {
            throw parameters.error("parameter 'bind' must be a local IP address (the address sessions start from), got '" + bind.get() + "'");
        }
        return bind;
    }

    /** An IPv4 or IPv6 literal, checked without any DNS lookup. */
    private static boolean isAddressLiteral(String value) {
        if (!value.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !(value.contains(":") && value.matches("[0-9A-Fa-f:.]+"))) {
            return false;
        }
        try {
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Optional<SmtpDeliverer.Credentials> gatewayCredentials(Parameters parameters, List<DeliveryTarget> gateways) {
        Optional<String> user = parameters.optionalString("gatewayUsername");
        Optional<String> password = parameters.optionalString("gatewayPassword");
        if (user.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        if (user.isEmpty() || password.isEmpty()) {
            throw parameters.error("parameters 'gatewayUsername' and 'gatewayPassword' go together, got only '"
                + (user.isPresent() ? "gatewayUsername" : "gatewayPassword") + "'");
        }
        if (gateways.isEmpty()) {
            throw parameters.error("parameter 'gatewayUsername' authenticates with a 'gateway', and none is set: set 'gateway' or remove it "
                + "(mail to MX hosts is never authenticated)");
        }
        return Optional.of(new SmtpDeliverer.Credentials(user.get(), password.get()));
    }

    private static Map<String, String> javaMailProperties(Parameters parameters) {
        Map<String, String> properties = new TreeMap<>();
        for (String name : new TreeSet<>(parameters.names())) {
            if (!name.startsWith("mail.")) {
                continue;
            }
            String owner = JAVAMAIL_PROPERTIES_OWNED.get(name);
            if (owner != null) {
                throw parameters.error("parameter '" + name + "' is set by Pacer; use its parameter " + owner);
            }
            properties.put(name, parameters.string(name, ""));
        }
        return properties;
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
            List<DeferralRule> rules = DeferralRules.read(path);
            DeferralRules.warnings(rules).forEach(warning -> LOGGER.warn("Pacer's parameter 'rulesFile': {}", warning));
            return DeferralClassifier.of(rules, useDefaultRules);
        } catch (IOException e) {
            throw parameters.error("parameter 'rulesFile' names '" + path + "', which cannot be read: " + e);
        } catch (IllegalArgumentException e) {
            throw parameters.error("parameter 'rulesFile': " + e.getMessage());
        }
    }
}
