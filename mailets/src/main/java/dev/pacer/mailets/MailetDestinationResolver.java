package dev.pacer.mailets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.james.core.Domain;
import org.apache.mailet.MailetContext;

import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationResolver;
import dev.pacer.mailets.delivery.DeliveryTarget;

/**
 * Maps recipient domains to destinations and delivery targets: a static route first (Postfix's
 * {@code transport_maps}), else the gateway, else the domain's MX hosts from James's DNS service. MX answers are
 * cached for {@value #CACHE_MINUTES} minutes so matchers on the spool threads do not wait on DNS for every mail.
 */
final class MailetDestinationResolver implements DestinationResolver {
    static final int CACHE_MINUTES = 10;

    /** What a destination is. */
    enum Mode {
        DOMAIN, MX;

        static Mode parse(String value) {
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(value.trim())) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("'" + value + "', legal values are: domain, mx");
        }
    }

    private static final class CachedMx {
        final List<String> hosts;
        final Instant expires;

        CachedMx(List<String> hosts, Instant expires) {
            this.hosts = hosts;
            this.expires = expires;
        }
    }

    private final Mode mode;
    private final Map<String, DeliveryTarget> routes;
    private final List<DeliveryTarget> gateways;
    private final MailetContext context;
    private final Clock clock;
    private final Map<String, CachedMx> mxCache = new ConcurrentHashMap<>();

    MailetDestinationResolver(Mode mode, Map<String, DeliveryTarget> routes, List<DeliveryTarget> gateways, MailetContext context, Clock clock) {
        this.mode = mode;
        this.routes = Map.copyOf(routes);
        this.gateways = List.copyOf(gateways);
        this.context = context;
        this.clock = clock;
    }

    @Override
    public DestinationKey keyFor(String domain) {
        String normalized = domain.toLowerCase(Locale.ROOT);
        DeliveryTarget route = routes.get(normalized);
        if (route != null) {
            return DestinationKey.route(route.host(), route.port());
        }
        if (!gateways.isEmpty()) {
            DeliveryTarget first = gateways.get(0);
            return DestinationKey.route(first.host(), first.port());
        }
        if (mode == Mode.DOMAIN) {
            return DestinationKey.domain(normalized);
        }
        List<String> mx = mxHosts(normalized);
        return mx.isEmpty() ? DestinationKey.domain(normalized) : DestinationKey.mx(mx);
    }

    /** Where mail for {@code domain} is delivered, in order of preference. */
    List<DeliveryTarget> targetsFor(String domain) {
        String normalized = domain.toLowerCase(Locale.ROOT);
        DeliveryTarget route = routes.get(normalized);
        if (route != null) {
            return List.of(route);
        }
        if (!gateways.isEmpty()) {
            return gateways;
        }
        List<DeliveryTarget> targets = new ArrayList<>();
        for (String host : mxHosts(normalized)) {
            targets.add(new DeliveryTarget(host, 25));
        }
        return targets;
    }

    private List<String> mxHosts(String domain) {
        Instant now = clock.instant();
        CachedMx cached = mxCache.get(domain);
        if (cached != null && now.isBefore(cached.expires)) {
            return cached.hosts;
        }
        Collection<String> servers = context.getMailServers(Domain.of(domain));
        List<String> hosts = servers == null ? List.of() : List.copyOf(servers);
        mxCache.put(domain, new CachedMx(hosts, now.plus(Duration.ofMinutes(CACHE_MINUTES))));
        return hosts;
    }

    @Override
    public String description() {
        return "destinationKey=" + mode.name().toLowerCase(Locale.ROOT) + " routes=" + new TreeMap<>(routes) + " gateway=" + gateways;
    }

    /**
     * Parses {@code routes}: {@code domain=host[:port]} entries separated by commas or semicolons.
     *
     * @throws IllegalArgumentException naming the entry
     */
    static Map<String, DeliveryTarget> parseRoutes(String value) {
        Map<String, DeliveryTarget> routes = new TreeMap<>();
        for (String entry : value.split("[,;]")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("entry '" + entry.trim() + "' is not domain=host[:port]");
            }
            String domain = entry.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            try {
                routes.put(domain, DeliveryTarget.parse(entry.substring(equals + 1), 25));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entry '" + entry.trim() + "': " + e.getMessage(), e);
            }
        }
        return routes;
    }
}
