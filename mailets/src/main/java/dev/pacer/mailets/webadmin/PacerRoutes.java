package dev.pacer.mailets.webadmin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.inject.Inject;

import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.utils.ErrorResponder;
import org.apache.james.webadmin.utils.JsonTransformer;
import org.eclipse.jetty.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.pacer.core.report.DestinationStatistics;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.mailets.Reporting;
import dev.pacer.mailets.jmx.DeferralStats;
import dev.pacer.mailets.jmx.DestinationView;
import dev.pacer.mailets.jmx.Throttle;
import dev.pacer.mailets.jmx.WaitingMail;
import dev.pacer.mailets.jmx.WaitingView;
import dev.pacer.mailets.jmx.WindowView;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Pacer in James WebAdmin: destinations (window, refusal point, throttle, suspension, waiting mail, severity), one
 * destination's statistics and escalation report, and the operator's actions. The same operations as the JMX beans
 * ({@code dev.pacer:type=Throttle}, {@code DeferralStats}, {@code WaitingMail}), over the same state; every action is
 * instant (no task). Errors follow WebAdmin's format ({@code statusCode}, {@code type}, {@code message}).
 *
 * <p>Loaded by James WebAdmin's extension mechanism, in {@code conf/webadmin.properties}:
 * <pre>
 * enabled=true
 * extensions.routes=dev.pacer.mailets.webadmin.PacerRoutes
 * </pre>
 * (with {@code guice.extension.module=dev.pacer.mailets.PacerModule} in {@code extensions.properties}).
 *
 * <p>Routes ({@code :destination} is a Pacer key such as {@code mx:mx1.example.net} or {@code route:127.0.0.1:2525},
 * URL-encoded):
 * <ul>
 *   <li>{@code GET /pacer/destinations[?limit=100]}: every destination known to the windows or the statistics, most
 *       deferred in the last day first;</li>
 *   <li>{@code GET /pacer/destinations/:destination}: its window, statistics and waiting mail;</li>
 *   <li>{@code GET /pacer/destinations/:destination/report}: its escalation report, {@code text/plain}, or JSON
 *       ({@code {"destination":…,"report":…}}) with {@code Accept: application/json};</li>
 *   <li>{@code POST /pacer/destinations/:destination?action=unthrottle|resume|reset|retryNow}: 204, or 200 with
 *       {@code {"ready":n}} for {@code retryNow};</li>
 *   <li>{@code PUT /pacer/destinations/:destination/window} with {@code {"window":n}}: sets the window by hand;</li>
 *   <li>{@code POST /pacer/waiting?action=retryAll}: 200 with {@code {"ready":n}};</li>
 *   <li>{@code GET /pacer/statistics}: totals; {@code GET /pacer/events}: the 50 most recent deferrals;
 *       {@code GET /pacer/rules}: deferrals per classifying rule since James started, most first.</li>
 * </ul>
 */
public class PacerRoutes implements Routes {
    public static final String BASE = "/pacer";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    private static final String DESTINATION = ":destination";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Reporting reporting;
    private final Throttle throttle;
    private final DeferralStats statistics;
    private final WaitingMail waiting;
    private final JsonTransformer json = new JsonTransformer();

    @Inject
    public PacerRoutes(Reporting reporting) {
        this.reporting = reporting;
        this.throttle = new Throttle(reporting.destinations());
        this.statistics = new DeferralStats(reporting);
        this.waiting = new WaitingMail(reporting.lanes());
    }

    @Override
    public String getBasePath() {
        return BASE;
    }

    @Override
    public void define(Service service) {
        service.get(BASE + "/destinations", this::list, json);
        service.get(BASE + "/destinations/" + DESTINATION, this::one, json);
        service.get(BASE + "/destinations/" + DESTINATION + "/report", this::report);
        service.post(BASE + "/destinations/" + DESTINATION, this::act);
        service.put(BASE + "/destinations/" + DESTINATION + "/window", this::setWindow);
        service.post(BASE + "/waiting", this::retryAll, json);
        service.get(BASE + "/statistics", (request, response) -> totals(), json);
        service.get(BASE + "/events", (request, response) -> statistics.getRecentEvents(), json);
        service.get(BASE + "/rules", (request, response) -> reporting.ruleHits(), json);
    }

    /** One destination as the list shows it. */
    public static final class DestinationRow {
        private final String destination;
        private final WindowView window;
        private final DestinationView statistics;
        private final int waiting;

        DestinationRow(String destination, WindowView window, DestinationView statistics, int waiting) {
            this.destination = destination;
            this.window = window;
            this.statistics = statistics;
            this.waiting = waiting;
        }

        public String getDestination() {
            return destination;
        }

        /** {@code NORMAL}, {@code WATCH} or {@code ESCALATE}; {@code NORMAL} without any deferral. */
        public String getSeverity() {
            return statistics == null ? "NORMAL" : statistics.getSeverity();
        }

        /** Null when no lane has a window for it (e.g. deferrals recorded for stock RemoteDelivery). */
        public Integer getWindow() {
            return window == null ? null : window.getWindow();
        }

        /** Null without a refusal point. */
        public Integer getRefusalPoint() {
            return window == null || window.getRefusalPoint() == 0 ? null : window.getRefusalPoint();
        }

        public Integer getInFlight() {
            return window == null ? null : window.getInFlight();
        }

        public String getThrottledUntil() {
            return window == null ? "" : window.getThrottledUntil();
        }

        public String getSuspendedUntil() {
            return window == null ? "" : window.getSuspendedUntil();
        }

        public int getWaiting() {
            return waiting;
        }

        public long getDeferralsLastDay() {
            return statistics == null ? 0 : statistics.getDeferralsLastDay();
        }

        public long getDeliveredAfterDeferral() {
            return statistics == null ? 0 : statistics.getDeliveredAfterDeferral();
        }

        public long getExpired() {
            return statistics == null ? 0 : statistics.getExpired();
        }
    }

    private List<DestinationRow> list(Request request, Response response) {
        int limit = limit(request);
        Map<String, WindowView> windows = new LinkedHashMap<>();
        throttle.getWindows().forEach(window -> windows.put(window.getDestination(), window));
        Map<String, Integer> waitingByDestination = new LinkedHashMap<>();
        reporting.lanes().waiting(MAX_LIMIT).forEach(entry -> waitingByDestination.merge(entry.view().destination().value(),
            entry.view().waiting(), Integer::sum));
        TreeSet<String> names = new TreeSet<>(windows.keySet());
        reporting.store().topStatistics(limit).forEach(stats -> names.add(stats.destination()));
        names.addAll(waitingByDestination.keySet());
        List<DestinationRow> rows = new ArrayList<>();
        for (String name : names) {
            DestinationView stats = reporting.store().statistics(name).map(this::view).orElse(null);
            rows.add(new DestinationRow(name, windows.get(name), stats, waitingByDestination.getOrDefault(name, 0)));
        }
        rows.sort(Comparator.comparingLong(DestinationRow::getDeferralsLastDay).reversed().thenComparing(DestinationRow::getDestination));
        return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
    }

    private DestinationView view(DestinationStatistics stats) {
        return statistics.destination(stats.destination());
    }

    /** One destination in full. */
    public static final class DestinationDetail {
        private final String destination;
        private final WindowView window;
        private final DestinationView statistics;
        private final List<WaitingView> waiting;

        DestinationDetail(String destination, WindowView window, DestinationView statistics, List<WaitingView> waiting) {
            this.destination = destination;
            this.window = window;
            this.statistics = statistics;
            this.waiting = waiting;
        }

        public String getDestination() {
            return destination;
        }

        /** Null when no lane has a window for it. */
        public WindowView getWindow() {
            return window;
        }

        /** Null before its first deferral. */
        public DestinationView getStatistics() {
            return statistics;
        }

        /** Per lane: waiting mails and the next attempt. */
        public List<WaitingView> getWaiting() {
            return waiting;
        }
    }

    private DestinationDetail one(Request request, Response response) {
        DestinationKey key = destination(request);
        Optional<WindowView> window = throttle.getWindows().stream().filter(view -> view.getDestination().equals(key.value())).findFirst();
        Optional<DestinationView> stats = reporting.store().statistics(key.value()).map(this::view);
        List<WaitingView> waitingViews = waiting.destination(key.value());
        if (window.isEmpty() && stats.isEmpty() && waitingViews.isEmpty()) {
            throw notFound(key);
        }
        return new DestinationDetail(key.value(), window.orElse(null), stats.orElse(null), waitingViews);
    }

    private Object report(Request request, Response response) throws Exception {
        DestinationKey key = destination(request);
        String report;
        try {
            report = reporting.report(key.value());
        } catch (IllegalArgumentException e) {
            throw notFound(key);
        }
        String accept = Optional.ofNullable(request.headers("Accept")).orElse("");
        if (accept.contains("application/json")) {
            response.type("application/json");
            Map<String, String> body = new LinkedHashMap<>();
            body.put("destination", key.value());
            body.put("report", report);
            return json.render(body);
        }
        response.type("text/plain; charset=utf-8");
        return report;
    }

    private Object act(Request request, Response response) throws Exception {
        DestinationKey key = destination(request);
        String action = Optional.ofNullable(request.queryParams("action")).orElse("");
        if (action.equals("retryNow")) {
            int ready = waiting.retryNow(key.value());
            response.status(HttpStatus.OK_200);
            response.type("application/json");
            return json.render(Map.of("ready", ready));
        }
        try {
            switch (action) {
                case "unthrottle":
                    throttle.unthrottle(key.value());
                    break;
                case "resume":
                    throttle.resume(key.value());
                    break;
                case "reset":
                    throttle.reset(key.value());
                    break;
                default:
                    throw invalid("'action' must be one of unthrottle, resume, reset, retryNow; got '" + action + "'");
            }
        } catch (IllegalArgumentException e) {
            throw notFound(key);
        }
        response.status(HttpStatus.NO_CONTENT_204);
        return "";
    }

    private Object setWindow(Request request, Response response) {
        DestinationKey key = destination(request);
        int window;
        try {
            JsonNode body = MAPPER.readTree(request.body());
            JsonNode value = body == null ? null : body.get("window");
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
                throw invalid("the body must be {\"window\": n} with n a whole number from 1 to 1000, got '" + abbreviate(request.body()) + "'");
            }
            window = value.asInt();
        } catch (java.io.IOException e) {
            throw invalid("the body must be {\"window\": n}, got '" + abbreviate(request.body()) + "'");
        }
        if (window < 1 || window > 1000) {
            throw invalid("'window' must be from 1 to 1000, got " + window);
        }
        try {
            throttle.setWindow(key.value(), window);
        } catch (IllegalArgumentException e) {
            throw notFound(key);
        }
        response.status(HttpStatus.NO_CONTENT_204);
        return "";
    }

    private Object retryAll(Request request, Response response) {
        String action = Optional.ofNullable(request.queryParams("action")).orElse("");
        if (!action.equals("retryAll")) {
            throw invalid("'action' must be retryAll, got '" + action + "'");
        }
        return Map.of("ready", waiting.retryAll());
    }

    private Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("totalDeferrals", statistics.getTotalDeferrals());
        totals.put("deliveredAfterDeferral", statistics.getDeliveredAfterDeferral());
        totals.put("expired", statistics.getExpired());
        totals.put("bounced", statistics.getBounced());
        totals.put("droppedEvents", statistics.getDroppedEvents());
        totals.put("waiting", waiting.getTotalWaiting());
        return totals;
    }

    private static int limit(Request request) {
        String raw = request.queryParams("limit");
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid("'limit' must be a whole number from 1 to " + MAX_LIMIT + ", got '" + abbreviate(raw) + "'");
    }

    private static DestinationKey destination(Request request) {
        String raw = request.params(DESTINATION);
        try {
            return DestinationKey.parse(java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw invalid("'destination' must be a Pacer destination key such as mx:mx1.example.net, domain:example.net or "
                + "route:127.0.0.1:2525, got '" + abbreviate(raw) + "'");
        }
    }

    private static spark.HaltException notFound(DestinationKey key) {
        return ErrorResponder.builder().statusCode(HttpStatus.NOT_FOUND_404).type(ErrorResponder.ErrorType.NOT_FOUND)
            .message("destination '" + key.value() + "' is not known: no window, no deferral and no waiting mail for it").haltError();
    }

    private static spark.HaltException invalid(String message) {
        return ErrorResponder.builder().statusCode(HttpStatus.BAD_REQUEST_400).type(ErrorResponder.ErrorType.INVALID_ARGUMENT)
            .message(message).haltError();
    }

    /** Echoes of what a client sent stay short. */
    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
