package dev.pacer.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;

import dev.pacer.it.PacerJamesServer;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * Stock RemoteDelivery against Pacer, in one run, on the same receiver: at most {@code CAP} concurrent sessions
 * (the next one gets {@code 421 4.7.0 Too many concurrent connections} at greeting, as Postfix's and Exim's
 * per-client limits answer), each accepted session held {@code HOLD_MS} after its message. A burst of {@code MAILS}
 * mails is submitted to a real James 3.8.1; the benchmark counts the sessions the receiver refused and the time until
 * every mail arrived (or the deadline passed).
 *
 * <ul>
 *   <li>stock: James's RemoteDelivery, 10 delivery threads, retries every second ("fast retries"), 20 at most;</li>
 *   <li>pacer: the pipeline shipped in james-conf, with retries every second too.</li>
 * </ul>
 * Arguments (all optional): {@code MAILS CAP HOLD_MS DEADLINE_S}; defaults 40 2 200 180.
 */
public final class DeferralBenchmark {
    private DeferralBenchmark() {
    }

    /** What one configuration did. */
    static final class Result {
        final String name;
        final int delivered;
        final long refused;
        final int sessions;
        final Duration elapsed;
        final int peakAccepted;

        Result(String name, int delivered, long refused, int sessions, Duration elapsed, int peakAccepted) {
            this.name = name;
            this.delivered = delivered;
            this.refused = refused;
            this.sessions = sessions;
            this.elapsed = elapsed;
            this.peakAccepted = peakAccepted;
        }

        double refusedPerDelivered() {
            return delivered == 0 ? Double.NaN : (double) refused / delivered;
        }
    }

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long holdMillis = args.length > 2 ? Long.parseLong(args[2]) : 200;
        Duration deadline = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 180);
        System.setProperty("james.exit.on.startup.error", "false");

        Map<String, Result> results = new LinkedHashMap<>();
        results.put("stock", run("stock", mails, cap, holdMillis, deadline));
        results.put("pacer", run("pacer", mails, cap, holdMillis, deadline));

        System.out.println();
        System.out.printf("Receiver: at most %d concurrent sessions, %d ms held after each message; %d mails; deadline %d s%n",
            cap, holdMillis, mails, deadline.getSeconds());
        System.out.printf("%-6s %10s %9s %9s %22s %12s %14s%n", "config", "delivered", "sessions", "refused",
            "refused per delivered", "all in (s)", "peak sessions");
        for (Result r : results.values()) {
            System.out.printf("%-6s %10d %9d %9d %22.2f %12s %14d%n", r.name, r.delivered, r.sessions, r.refused,
                r.refusedPerDelivered(), r.delivered == mails ? String.format("%.1f", r.elapsed.toMillis() / 1000.0) : "not all",
                r.peakAccepted);
        }
        Result stock = results.get("stock");
        Result pacer = results.get("pacer");
        System.out.printf("Ratio stock/pacer, refused sessions: %.1f; time until all delivered: %s%n",
            pacer.refused == 0 ? Double.POSITIVE_INFINITY : (double) stock.refused / pacer.refused,
            stock.delivered == mails && pacer.delivered == mails
                ? String.format("%.2f", (double) stock.elapsed.toMillis() / pacer.elapsed.toMillis()) : "n/a (not all delivered)");
        System.exit(0);
    }

    private static Result run(String name, int mails, int cap, long holdMillis, Duration deadline) throws Exception {
        Path directory = Files.createTempDirectory("pacer-benchmark-" + name);
        try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
                .maxConcurrentSessions(cap).holdAfterMessage(Duration.ofMillis(holdMillis)).build())) {
            PacerJamesServer.Builder builder = PacerJamesServer.builder(directory);
            if (name.equals("stock")) {
                builder.mailetContainer("pacer-conf-samples/mailetcontainer-stock-remotedelivery.xml")
                    .mailetParameter("RemoteDelivery", "gateway", "127.0.0.1")
                    .mailetParameter("RemoteDelivery", "gatewayPort", Integer.toString(receiver.port()))
                    .mailetParameter("RemoteDelivery", "delayTime", "20*1s")
                    .mailetParameter("RemoteDelivery", "maxRetries", "20")
                    .mailetParameter("RemoteDelivery", "deliveryThreads", "10")
                    .mailetParameter("RemoteDelivery", "bounceProcessor", "bounces")
                    .everyDeliveryParameter("routes", "capped.test=127.0.0.1:" + receiver.port());
            } else {
                builder.everyDeliveryParameter("routes", "capped.test=127.0.0.1:" + receiver.port())
                    .everyDeliveryParameter("delayTime", "20*1s")
                    .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", "20*1s");
            }
            try (PacerJamesServer james = builder.start()) {
                Instant start = Instant.now();
                try (SMTPMessageSender sender = new SMTPMessageSender("bench.test")) {
                    sender.connect("127.0.0.1", Port.of(james.smtpPort()));
                    for (int i = 0; i < mails; i++) {
                        sender.sendMessage("sender@sender.test", "rcpt" + i + "@capped.test");
                    }
                }
                Instant end = start.plus(deadline);
                Instant allIn = null;
                while (Instant.now().isBefore(end)) {
                    if (receiver.deliveredRecipients().size() >= mails) {
                        allIn = Instant.now();
                        break;
                    }
                    Thread.sleep(100);
                }
                Duration elapsed = Duration.between(start, allIn == null ? Instant.now() : allIn);
                return new Result(name, receiver.deliveredRecipients().size(), receiver.refusedSessions(), receiver.sessions().size(),
                    elapsed, receiver.peakAcceptedSessions());
            }
        }
    }
}
