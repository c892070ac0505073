package dev.pacer.mailets;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.dnsservice.api.TemporaryResolutionException;

import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationResolver;
import dev.pacer.mailets.delivery.DeliveryTarget;

/**
 * Maps recipient domains to destinations and delivery targets: a static route first (Postfix's
 * {@code transport_maps}), else the gateway, else the domain's MX hosts from James's {@link DNSService} (which caches
 * answers within their lifetime). A domain without MX, A or AAAA record has no mail server: its mail bounces at once,
 * as RemoteDelivery's does; a temporary DNS failure is a temporary failure. MX answers are also kept here for
 * {@value #CACHE_SECONDS} s, at most {@value #CACHE_ENTRIES} domains (least recently used out first), so that matchers
 * on the spool's threads do not ask DNS for every mail; temporary failures are not kept.
 */
final class MailetDestinationResolver implements DestinationResolver {
    static final int CACHE_SECONDS = 60;
    static final int CACHE_ENTRIES = 10_000;

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

    /** The domain has no mail server: no MX record, and no address record to stand in for one. */
    static final class NoMailServerException extends Exception {
        NoMailServerException(String domain) {
            super("no mail server for domain " + domain + ": it has no MX record and no address record");
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
    private final DNSService dns;
    private final Clock clock;
    private final Map<String, CachedMx> mxCache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedMx> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    MailetDestinationResolver(Mode mode, Map<String, DeliveryTarget> routes, List<DeliveryTarget> gateways, DNSService dns, Clock clock) {
        this.mode = mode;
        this.routes = Map.copyOf(routes);
        this.gateways = List.copyOf(gateways);
        this.dns = dns;
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
        try {
            List<String> mx = mxHosts(normalized);
            return mx.isEmpty() ? DestinationKey.domain(normalized) : DestinationKey.mx(mx);
        } catch (TemporaryResolutionException e) {
            return DestinationKey.domain(normalized);
        }
    }

    /**
     * Where mail for {@code domain} is delivered, in order of preference.
     *
     * @throws NoMailServerException when the domain has no mail server (the mail bounces)
     * @throws TemporaryResolutionException when DNS could not answer now (the mail is tried again)
     */
    List<DeliveryTarget> targetsFor(String domain) throws NoMailServerException, TemporaryResolutionException {
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
        if (targets.isEmpty()) {
            throw new NoMailServerException(normalized);
        }
        return targets;
    }

    /** The addresses of a mail server, from James's DNS service. */
    List<InetAddress> addressesOf(String host) throws UnknownHostException {
        return List.copyOf(dns.getAllByName(host));
    }

    private List<String> mxHosts(String domain) throws TemporaryResolutionException {
        Instant now = clock.instant();
        synchronized (mxCache) {
            CachedMx cached = mxCache.get(domain);
            if (cached != null && now.isBefore(cached.expires)) {
                return cached.hosts;
            }
        }
        Collection<String> servers = dns.findMXRecords(domain);
        List<String> hosts = servers == null ? List.of() : List.copyOf(servers);
        synchronized (mxCache) {
            mxCache.put(domain, new CachedMx(hosts, now.plusSeconds(CACHE_SECONDS)));
        }
        return hosts;
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("destinationKey", mode.name().toLowerCase(Locale.ROOT));
        settings.put("routes", new TreeMap<>(routes).toString());
        settings.put("gateway", gateways.toString());
        return settings;
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
