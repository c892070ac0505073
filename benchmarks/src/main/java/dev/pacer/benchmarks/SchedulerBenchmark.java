package dev.pacer.benchmarks;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.pacer.it.PacerJamesServer;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * Stock James RemoteDelivery against Pacer's shipped pipeline, side by side in one run, on receivers on 127.0.0.1.
 * Pacer runs the {@code mailetcontainer.xml} james-conf ships, with only routes added; stock runs the same
 * configuration with its {@code relay} processor replaced by James's RemoteDelivery (10 threads, as James's sample,
 * retrying every second, as operators tune it to get mail out fast), delivering through the receiver as gateway.
 *
 * <p>Scenarios (arguments select them; default all): S1 first contact with a receiver capped at K=2 sessions; S2 an
 * open receiver; S3 S1 and S2 at once (Pacer); S4 a cap moving 8 → 2 for 30 s → 8 (Pacer); S5 a blackholed MX, a
 * tarpit streaming an endless greeting and an address refusing with RST beside a healthy receiver (Pacer). A
 * receiver takes {@code t} over each message before its 250 reply (as a content scanner does; Postfix with
 * {@code smtpd_end_of_data_restrictions = sleep 1} behaves so), and counts a session against its cap from accept to
 * QUIT. Results also go to {@code target/benchmark-results.md}.
 */
public final class SchedulerBenchmark {
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    private static final StringBuilder REPORT = new StringBuilder();

    private SchedulerBenchmark() {
    }

    /** What one configuration did for one destination. */
    static final class Result {
        final String label;
        final int mails;
        final int delivered;
        final int distinct;
        final long refused;
        final int sessions;
        final Duration took;
        final int peak;

        Result(String label, int mails, ScriptedSmtpReceiver receiver, Duration took) {
            this.label = label;
            this.mails = mails;
            List<String> recipients = receiver.deliveredRecipients();
            this.delivered = recipients.size();
            this.distinct = new HashSet<>(recipients).size();
            this.refused = receiver.refusedSessions();
            this.sessions = receiver.sessions().size();
            this.took = took;
            this.peak = receiver.peakAcceptedSessions();
        }

        boolean complete() {
            return distinct == mails;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> scenarios = args.length == 0 ? List.of("S1", "S2", "S3", "S4", "S5") : List.of(args);
        // S6 (100,000 mails, about 10 minutes) runs only when named.
        print("Machine: %d cores, %s, Java %s; %s", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
            System.getProperty("java.version"), Instant.now());
        if (scenarios.contains("S1")) {
            compare("S1 first contact, K=2, t=1 s, N=40", 40, 2, Duration.ofSeconds(1));
            compare("S1 first contact, K=2, t=50 ms, N=400", 400, 2, Duration.ofMillis(50));
        }
        if (scenarios.contains("S2")) {
            compare("S2 open destination, t=1 s, N=40", 40, 0, Duration.ofSeconds(1));
            compare("S2 open destination, t=50 ms, N=400", 400, 0, Duration.ofMillis(50));
        }
        if (scenarios.contains("S3")) {
            mixed();
        }
        if (scenarios.contains("S4")) {
            movingCap();
        }
        if (scenarios.contains("S5")) {
            hostile();
        }
        if (scenarios.contains("S6")) {
            scale(Integer.getInteger("pacer.benchmark.scaleMails", 100_000), Integer.getInteger("pacer.benchmark.scaleDomains", 10_000));
        }
        Path out = Paths.get("target", "benchmark-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, REPORT.toString(), StandardCharsets.UTF_8);
        System.out.println("Written to " + out.toAbsolutePath());
        System.exit(0);
    }

    private static void print(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        REPORT.append(line).append('\n');
    }

    /** A receiver taking {@code time} over each message (before its 250), refusing sessions above {@code cap} (0: none). */
    private static ReceiverBehaviour receiver(int cap, Duration time) {
        return ReceiverBehaviour.builder().maxConcurrentSessions(cap).processingTime(time).build();
    }

    /** Runs per configuration in S1 and S2, alternating stock and Pacer; the table shows the run of median time. */
    private static final int RUNS = Integer.getInteger("pacer.benchmark.runs", 3);

    private static Result median(List<Result> runs) {
        List<Result> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> a.complete() != b.complete() ? (a.complete() ? -1 : 1) : a.took.compareTo(b.took));
        return sorted.get(sorted.size() / 2);
    }

    private static String times(List<Result> runs) {
        List<String> times = new ArrayList<>();
        for (Result r : runs) {
            times.add(r.complete() ? String.format(Locale.ROOT, "%.1f", r.took.toMillis() / 1000.0) : "incomplete");
        }
        return String.join(", ", times);
    }

    private static void compare(String title, int mails, int cap, Duration hold) throws Exception {
        double ideal = cap == 0 ? Double.NaN : mails * hold.toMillis() / 1000.0 / cap;
        List<Result> stockRuns = new ArrayList<>();
        List<Result> pacerRuns = new ArrayList<>();
        boolean withStock = !"pacer".equals(System.getProperty("pacer.benchmark.configs"));
        for (int run = 0; run < RUNS; run++) {
            if (withStock) {
                stockRuns.add(single("stock", mails, cap, hold));
            }
            pacerRuns.add(single("pacer", mails, cap, hold));
        }
        if (!withStock) {
            stockRuns.addAll(pacerRuns);
        }
        Result stock = median(stockRuns);
        Result pacer = median(pacerRuns);
        print("");
        print("### %s%s", title, cap == 0 ? "" : String.format(Locale.ROOT, " (ideal N*t/K = %.1f s)", ideal));
        print("");
        print("%d runs each, alternating; times of every run: stock %s; pacer %s. The table shows the median run.", RUNS,
            times(stockRuns), times(pacerRuns));
        print("");
        print("| config | delivered | missing at the deadline | duplicated | time (s) | vs ideal | sessions | refused | refused per mail | peak sessions |");
        print("|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : List.of(stock, pacer)) {
            print("| %s | %d | %d | %d | %s | %s | %d | %d | %.2f | %d |", r.label, r.distinct, r.mails - r.distinct, r.delivered - r.distinct,
                r.complete() ? String.format(Locale.ROOT, "%.1f", r.took.toMillis() / 1000.0) : "not all in " + DEADLINE.toMinutes() + " min",
                cap == 0 || !r.complete() ? "-" : String.format(Locale.ROOT, "%.2f", r.took.toMillis() / 1000.0 / ideal),
                r.sessions, r.refused, r.refused / (double) Math.max(1, r.distinct), r.peak);
        }
        if (stock.complete() && pacer.complete()) {
            print("");
            print("Pacer / stock time: %.2f", pacer.took.toMillis() / (double) stock.took.toMillis());
        }
    }

    private static Result single(String config, int mails, int cap, Duration hold) throws Exception {
        try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(receiver(cap, hold))) {
            Map<String, ScriptedSmtpReceiver> routes = Map.of("dest.test", receiver);
            try (PacerJamesServer james = james(config, routes, receiver)) {
                Instant start = Instant.now();
                submit(james, mails, "rcpt", "dest.test");
                return new Result(config, mails, receiver, waitFor(receiver, mails, start));
            }
        }
    }

    private static PacerJamesServer james(String config, Map<String, ScriptedSmtpReceiver> routes, ScriptedSmtpReceiver gateway) throws Exception {
        return james(config, routeList(routes), gateway);
    }

    private static String routeList(Map<String, ScriptedSmtpReceiver> routes) {
        StringBuilder list = new StringBuilder();
        routes.forEach((domain, receiver) -> list.append(list.length() == 0 ? "" : "; ").append(domain).append("=127.0.0.1:").append(receiver.port()));
        return list.toString();
    }

    private static PacerJamesServer james(String config, String routes, ScriptedSmtpReceiver gateway) throws Exception {
        Path directory = Files.createTempDirectory("pacer-benchmark-" + config);
        PacerJamesServer.Builder builder = PacerJamesServer.builder(directory);
        if (config.equals("stock")) {
            builder.mailetContainerXml(stockMailetContainer(gateway.port()));
        } else {
            builder.everyDeliveryParameter("routes", routes);
        }
        return builder.start();
    }

    private static void submit(PacerJamesServer james, int mails, String localPart, String domain) throws Exception {
        try (SMTPMessageSender sender = new SMTPMessageSender("bench.test")) {
            sender.connect("127.0.0.1", Port.of(james.smtpPort()));
            for (int i = 0; i < mails; i++) {
                sender.sendMessage("sender@sender.test", localPart + i + "@" + domain);
            }
        }
    }

    private static Duration waitFor(ScriptedSmtpReceiver receiver, int mails, Instant start) throws InterruptedException {
        Instant deadline = start.plus(DEADLINE);
        while (Instant.now().isBefore(deadline) && new HashSet<>(receiver.deliveredRecipients()).size() < mails) {
            Thread.sleep(20);
        }
        List<ScriptedSmtpReceiver.ReceivedMessage> messages = receiver.messages();
        Instant last = messages.isEmpty() ? Instant.now() : messages.get(messages.size() - 1).acceptedAt();
        if (Boolean.getBoolean("pacer.benchmark.trace")) {
            StringBuilder trace = new StringBuilder("accepted at (ms):");
            for (ScriptedSmtpReceiver.ReceivedMessage message : messages) {
                trace.append(' ').append(Duration.between(start, message.acceptedAt()).toMillis()).append("/s").append(message.sessionId());
            }
            System.out.println(trace);
        }
        // Late duplicates would show here: give them a moment to arrive.
        Thread.sleep(1000);
        return Duration.between(start, last);
    }

    /** S3: the capped destination of S1 and an open one at once; the open one against its time alone. */
    private static void mixed() throws Exception {
        Duration hold = Duration.ofSeconds(1);
        Result alone = single("pacer", 40, 0, hold);
        Result capped;
        Result open;
        try (ScriptedSmtpReceiver cappedReceiver = ScriptedSmtpReceiver.start(receiver(2, hold));
             ScriptedSmtpReceiver openReceiver = ScriptedSmtpReceiver.start(receiver(0, hold))) {
            Map<String, ScriptedSmtpReceiver> routes = new LinkedHashMap<>();
            routes.put("capped.test", cappedReceiver);
            routes.put("open.test", openReceiver);
            try (PacerJamesServer james = james("pacer", routes, openReceiver)) {
                Instant start = Instant.now();
                Thread cappedBurst = submitting(james, 40, "capped.test");
                submit(james, 40, "open", "open.test");
                open = new Result("pacer, open beside capped", 40, openReceiver, waitFor(openReceiver, 40, start));
                cappedBurst.join();
                capped = new Result("pacer, capped beside open", 40, cappedReceiver, waitFor(cappedReceiver, 40, start));
            }
        }
        print("");
        print("### S3 mixed: K=2 and an open destination at once, t=1 s, N=40 each (Pacer)");
        print("");
        print("| destination | delivered | missing at the deadline | duplicated | time (s) | refused |");
        print("|---|---|---|---|---|---|");
        for (Result r : List.of(alone, open, capped)) {
            print("| %s | %d | %d | %d | %.1f | %d |", r.label.equals("pacer") ? "open, alone" : r.label, r.distinct, r.mails - r.distinct,
                r.delivered - r.distinct, r.took.toMillis() / 1000.0, r.refused);
        }
        print("");
        print("Open destination beside the capped one / alone: %.2f", open.took.toMillis() / (double) alone.took.toMillis());
    }

    private static Thread submitting(PacerJamesServer james, int mails, String domain) {
        Thread thread = new Thread(() -> {
            try {
                submit(james, mails, "c", domain);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "submit-" + domain);
        thread.start();
        return thread;
    }

    /** S4: a receiver whose cap goes from 8 to 2 for 30 s and back to 8, under a steady flow; the window sampled over JMX. */
    private static void movingCap() throws Exception {
        Duration hold = Duration.ofMillis(200);
        try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(receiver(8, hold))) {
            try (PacerJamesServer james = james("pacer", Map.of("moving.test", receiver), receiver)) {
                String destination = "route:127.0.0.1:" + receiver.port();
                AtomicBoolean submitting = new AtomicBoolean(true);
                Thread flow = new Thread(() -> {
                    int i = 0;
                    try (SMTPMessageSender sender = new SMTPMessageSender("bench.test")) {
                        sender.connect("127.0.0.1", Port.of(james.smtpPort()));
                        while (submitting.get()) {
                            long next = System.nanoTime() + 25_000_000L;
                            sender.sendMessage("sender@sender.test", "m" + (i++) + "@moving.test");
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000L);
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, "steady-flow");
                flow.start();
                List<long[]> samples = new ArrayList<>();
                Instant start = Instant.now();
                Instant down = start.plusSeconds(30);
                Instant up = down.plusSeconds(30);
                Instant end = up.plusSeconds(40);
                boolean lowered = false;
                boolean raised = false;
                while (Instant.now().isBefore(end)) {
                    Instant now = Instant.now();
                    if (!lowered && !now.isBefore(down)) {
                        receiver.change(receiver(2, hold));
                        lowered = true;
                    }
                    if (!raised && !now.isBefore(up)) {
                        receiver.change(receiver(8, hold));
                        raised = true;
                    }
                    samples.add(new long[] {Duration.between(start, now).toMillis(), window(destination), receiver.openConnections()});
                    Thread.sleep(250);
                }
                submitting.set(false);
                flow.join();
                long downAt = firstAtOrAfter(samples, 30_000, sample -> sample[1] <= 2);
                long upAt = firstAtOrAfter(samples, 60_000, sample -> sample[1] >= 7);
                long upToThrottledMax = firstAtOrAfter(samples, 60_000, sample -> sample[1] >= 5);
                long connectionsDownAt = firstAtOrAfter(samples, 30_000, sample -> sample[2] <= 2);
                print("");
                print("### S4 moving cap: 8, then 2 for 30 s from t=30 s, then 8 from t=60 s; t=200 ms, a mail every 25 ms (Pacer)");
                print("");
                print("| measure | value |");
                print("|---|---|");
                print("| window at t=29 s | %d |", valueAt(samples, 29_000, 1));
                print("| window <= 2 after the cap went down | %s |", downAt < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", (downAt - 30_000) / 1000.0));
                print("| our sessions at the receiver <= 2 after the cap went down | %s |",
                    connectionsDownAt < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", (connectionsDownAt - 30_000) / 1000.0));
                print("| window >= 5 (the throttled lane's maxConcurrency) after the cap went up | %s |",
                    upToThrottledMax < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", (upToThrottledMax - 60_000) / 1000.0));
                print("| window >= 7 after the cap went up | %s |", upAt < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", (upAt - 60_000) / 1000.0));
                print("| window at the end (t=100 s) | %d |", samples.get(samples.size() - 1)[1]);
                print("| sessions refused by the receiver | %d |", receiver.refusedSessions());
                List<String> delivered = receiver.deliveredRecipients();
                print("| mails delivered / duplicated | %d / %d |", delivered.size(), delivered.size() - new HashSet<>(delivered).size());
            }
        }
    }

    private interface SamplePredicate {
        boolean test(long[] sample);
    }

    private static long firstAtOrAfter(List<long[]> samples, long fromMillis, SamplePredicate predicate) {
        for (long[] sample : samples) {
            if (sample[0] >= fromMillis && predicate.test(sample)) {
                return sample[0];
            }
        }
        return -1;
    }

    private static long valueAt(List<long[]> samples, long atMillis, int index) {
        long value = -1;
        for (long[] sample : samples) {
            if (sample[0] <= atMillis) {
                value = sample[index];
            }
        }
        return value;
    }

    private static int window(String destination) {
        try {
            CompositeData[] windows = (CompositeData[]) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("dev.pacer:type=Throttle"), "Windows");
            for (CompositeData window : windows) {
                if (destination.equals(window.get("destination"))) {
                    return (Integer) window.get("window");
                }
            }
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * S6: {@code mails} mails to {@code domains} recipient domains (one recipient each, domains in turn) through one
     * accept-all receiver as gateway, stock then Pacer, each in a fresh James: time until the receiver holds every
     * mail, duplicates, the JVM's heap after a full GC with James still running, Pacer's files on disk.
     */
    private static void scale(int mails, int domains) throws Exception {
        print("");
        print("### S6 scale: %,d mails to %,d domains, one accept-all receiver as gateway", mails, domains);
        print("");
        print("| configuration | delivered | missing at the deadline | duplicated | time (s) | sessions | heap after the run (MiB) | var/pacer on disk (bytes) |");
        print("|---|---|---|---|---|---|---|---|");
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String config : List.of("stock", "pacer")) {
            try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL)) {
                Path directory = Files.createTempDirectory("pacer-benchmark-scale-" + config);
                PacerJamesServer.Builder builder = PacerJamesServer.builder(directory);
                if (config.equals("stock")) {
                    builder.mailetContainerXml(stockMailetContainer(receiver.port()));
                } else {
                    builder.everyDeliveryParameter("gateway", "127.0.0.1:" + receiver.port());
                }
                try (PacerJamesServer james = builder.start()) {
                    Instant start = Instant.now();
                    Thread[] senders = new Thread[4];
                    for (int t = 0; t < senders.length; t++) {
                        int first = t;
                        senders[t] = new Thread(() -> {
                            try (SMTPMessageSender sender = new SMTPMessageSender("bench.test")) {
                                sender.connect("127.0.0.1", Port.of(james.smtpPort()));
                                for (int i = first; i < mails; i += senders.length) {
                                    sender.sendMessage("sender@sender.test", "u" + i + "@d" + (i % domains) + ".test");
                                }
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }, "scale-submit-" + t);
                        senders[t].start();
                    }
                    Instant deadline = start.plus(Duration.ofMinutes(30));
                    int distinct = 0;
                    while (Instant.now().isBefore(deadline)) {
                        distinct = receiver.distinctRecipients();
                        if (distinct >= mails) {
                            break;
                        }
                        Thread.sleep(200);
                    }
                    Duration took = Duration.between(start, Instant.now());
                    for (Thread sender : senders) {
                        sender.join(1000);
                    }
                    Thread.sleep(2000);
                    int delivered = receiver.messages().size();
                    distinct = receiver.distinctRecipients();
                    System.gc();
                    System.gc();
                    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    long disk = sizeOf(directory.resolve("var/pacer"));
                    seconds.put(config, took.toMillis() / 1000.0);
                    print("| %s | %,d | %,d | %,d | %.1f | %,d | %d | %,d |", config, distinct, mails - distinct, delivered - distinct,
                        took.toMillis() / 1000.0, receiver.sessions().size(), heap >> 20, disk);
                }
            }
        }
        print("");
        print("Pacer / stock time: %.2f", seconds.get("pacer") / seconds.get("stock"));
    }

    private static long sizeOf(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** S5: a healthy destination beside a blackhole, a tarpit and an RST, against its time alone. */
    private static void hostile() throws Exception {
        Duration hold = Duration.ofMillis(200);
        int mails = 100;
        Result alone = single("pacer", mails, 0, hold);
        Result beside;
        try (ScriptedSmtpReceiver healthy = ScriptedSmtpReceiver.start(receiver(0, hold));
             ScriptedSmtpReceiver blackhole = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().greetingDelay(Duration.ofMinutes(30)).build());
             ScriptedSmtpReceiver tarpit = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().endlessGreeting(Duration.ofSeconds(1)).build())) {
            int closed;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closed = socket.getLocalPort();
            }
            String routes = "blackhole.test=127.0.0.1:" + blackhole.port() + "; tarpit.test=127.0.0.1:" + tarpit.port()
                + "; reset.test=127.0.0.1:" + closed + "; dest.test=127.0.0.1:" + healthy.port();
            try (PacerJamesServer james = james("pacer", routes, healthy)) {
                submit(james, 20, "b", "blackhole.test");
                submit(james, 20, "t", "tarpit.test");
                submit(james, 20, "r", "reset.test");
                Instant start = Instant.now();
                submit(james, mails, "rcpt", "dest.test");
                beside = new Result("pacer, beside hostile", mails, healthy, waitFor(healthy, mails, start));
            }
        }
        print("");
        print("### S5 bad destinations: blackhole (never greets), tarpit (endless greeting, a line a second), RST, and a healthy one, t=200 ms, N=100 (Pacer)");
        print("");
        print("| healthy destination | delivered | missing at the deadline | duplicated | time (s) |");
        print("|---|---|---|---|---|");
        for (Result r : List.of(alone, beside)) {
            print("| %s | %d | %d | %d | %.1f |", r.label.equals("pacer") ? "alone" : "beside 3 hostile destinations", r.distinct,
                r.mails - r.distinct, r.delivered - r.distinct, r.took.toMillis() / 1000.0);
        }
        print("");
        print("Healthy beside hostile / alone: %.2f", beside.took.toMillis() / (double) alone.took.toMillis());
    }

    /**
     * The shipped configuration with its remote delivery done by James's own RemoteDelivery, as a stock James does:
     * the {@code relay} processor holds RemoteDelivery (James's sample parameters, fast retries), Pacer's processors go.
     */
    static String stockMailetContainer(int gatewayPort) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new InputSource(new StringReader(PacerJamesServer.shipped("mailetcontainer.xml"))));
        NodeList processors = document.getElementsByTagName("processor");
        List<Element> remove = new ArrayList<>();
        for (int i = 0; i < processors.getLength(); i++) {
            Element processor = (Element) processors.item(i);
            String state = processor.getAttribute("state");
            if (state.equals("deferrals") || state.equals("throttled")) {
                remove.add(processor);
            } else if (state.equals("relay")) {
                while (processor.hasChildNodes()) {
                    processor.removeChild(processor.getFirstChild());
                }
                Element mailet = document.createElement("mailet");
                mailet.setAttribute("match", "All");
                mailet.setAttribute("class", "RemoteDelivery");
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("outgoing", "outgoing");
                parameters.put("delayTime", "20*1s");
                parameters.put("maxRetries", "20");
                parameters.put("maxDnsProblemRetries", "0");
                parameters.put("deliveryThreads", "10");
                parameters.put("sendpartial", "true");
                parameters.put("bounceProcessor", "bounces");
                parameters.put("gateway", "127.0.0.1");
                parameters.put("gatewayPort", Integer.toString(gatewayPort));
                parameters.forEach((name, value) -> {
                    Element parameter = document.createElement(name);
                    parameter.setTextContent(value);
                    mailet.appendChild(parameter);
                });
                processor.appendChild(mailet);
            }
        }
        for (Node processor : remove) {
            processor.getParentNode().removeChild(processor);
        }
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }
}
