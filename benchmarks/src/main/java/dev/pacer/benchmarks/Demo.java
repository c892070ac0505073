package dev.pacer.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.management.MBeanException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.openmbean.CompositeData;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;

import dev.pacer.it.PacerJamesServer;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * Pacer in one command ({@code bin/demo}): a real James 3.8.1 memory server with Pacer's shipped
 * {@code mailetcontainer.xml} (only two routes added), a receiver on 127.0.0.1 that refuses more than 2 sessions at
 * once (Postfix's {@code 421 4.7.0 Too many concurrent connections}) and an open one, a burst of mails to both, the
 * progress per destination once a second as Pacer's JMX beans show it, then the capped destination's statistics and
 * escalation report. Everything runs in this JVM: nothing is left behind when it ends. Exit code 0 when every mail
 * arrived exactly once before the deadline, 1 otherwise.
 *
 * <p>Arguments: mails per destination (default 200), then the receivers' time per message in milliseconds (default
 * 100).
 */
public final class Demo {
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Duration hold = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 100);
        int code = 2;
        try {
            code = run(System.out, mails, hold, DEADLINE);
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            // James's memory queue leaves non-daemon threads behind: end the JVM (exec:java would wait for them).
            System.exit(code);
        }
    }

    /** Runs the demo, printing to {@code out}; returns the exit code. */
    public static int run(PrintStream out, int mails, Duration hold, Duration deadline) throws Exception {
        if (mails < 1 || mails > 100_000) {
            throw new IllegalArgumentException("mails per destination must be between 1 and 100000, got " + mails);
        }
        Path directory = Files.createTempDirectory("pacer-demo");
        try (ScriptedSmtpReceiver capped = ScriptedSmtpReceiver.start(
                 ReceiverBehaviour.builder().maxConcurrentSessions(2).processingTime(hold).build());
             ScriptedSmtpReceiver open = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().processingTime(hold).build())) {
            Map<String, ScriptedSmtpReceiver> receivers = new LinkedHashMap<>();
            receivers.put("capped.demo", capped);
            receivers.put("open.demo", open);
            out.printf(Locale.ROOT, "Receivers on 127.0.0.1: capped.demo port %d (at most 2 sessions, %d ms a message), "
                + "open.demo port %d (no limit, %d ms a message)%n", capped.port(), hold.toMillis(), open.port(), hold.toMillis());
            out.println("Starting James 3.8.1 with Pacer's shipped mailetcontainer.xml in " + directory + " ...");
            try (PacerJamesServer james = PacerJamesServer.builder(directory)
                     .everyDeliveryParameter("routes", "capped.demo=127.0.0.1:" + capped.port() + "; open.demo=127.0.0.1:" + open.port())
                     .start()) {
                out.printf(Locale.ROOT, "James is up (SMTP 127.0.0.1:%d). Sending %d mails to each destination...%n", james.smtpPort(), mails);
                return watch(out, james, receivers, mails, deadline);
            }
        }
    }

    private static int watch(PrintStream out, PacerJamesServer james, Map<String, ScriptedSmtpReceiver> receivers, int mails,
                             Duration deadline) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName stats = new ObjectName("dev.pacer:type=DeferralStats");
        ObjectName throttle = new ObjectName("dev.pacer:type=Throttle");
        ObjectName waiting = new ObjectName("dev.pacer:type=WaitingMail");

        AtomicInteger sent = new AtomicInteger();
        AtomicReference<Exception> sendFailure = new AtomicReference<>();
        Thread sender = new Thread(() -> {
            try (SMTPMessageSender client = new SMTPMessageSender("demo.sender")) {
                client.connect("127.0.0.1", Port.of(james.smtpPort()));
                for (int i = 0; i < mails; i++) {
                    for (String domain : receivers.keySet()) {
                        client.sendMessage("sender@sender.test", "user" + i + "@" + domain);
                        sent.incrementAndGet();
                    }
                }
            } catch (Exception e) {
                sendFailure.set(e);
            }
        }, "demo-sender");
        sender.setDaemon(true);
        Instant start = Instant.now();
        sender.start();

        out.println();
        out.println("  time  destination                          delivered  waiting  refused sessions  window  sessions open");
        boolean done = false;
        while (!done && Instant.now().isBefore(start.plus(deadline))) {
            Thread.sleep(1000);
            long seconds = Duration.between(start, Instant.now()).toSeconds();
            done = sendFailure.get() == null;
            if (sent.get() < mails * receivers.size()) {
                out.printf(Locale.ROOT, "%5ds  (%d of %d mails submitted to James so far)%n", seconds, sent.get(), mails * receivers.size());
            }
            for (Map.Entry<String, ScriptedSmtpReceiver> entry : receivers.entrySet()) {
                ScriptedSmtpReceiver receiver = entry.getValue();
                String destination = destination(receiver);
                int delivered = new HashSet<>(receiver.deliveredRecipients()).size();
                done &= delivered == mails;
                CompositeData window = window(server, throttle, destination);
                out.printf(Locale.ROOT, "%5ds  %-34s %5d/%-5d %7d  %16d  %6s  %13s%n", seconds, entry.getKey() + " " + destination,
                    delivered, mails, waiting(server, waiting, destination), receiver.refusedSessions(),
                    window == null ? "-" : window.get("window").toString(), window == null ? "-" : window.get("inFlight").toString());
            }
            if (sendFailure.get() != null) {
                out.println("Sending to James failed: " + sendFailure.get());
                break;
            }
        }
        Duration took = Duration.between(start, Instant.now());

        out.println();
        boolean ok = true;
        for (Map.Entry<String, ScriptedSmtpReceiver> entry : receivers.entrySet()) {
            List<String> delivered = entry.getValue().deliveredRecipients();
            int distinct = new HashSet<>(delivered).size();
            ok &= distinct == mails && delivered.size() == distinct;
            out.printf(Locale.ROOT, "%s: %d of %d mails delivered, %d twice, %d sessions refused by the receiver, %d sessions in all%n",
                entry.getKey(), distinct, mails, delivered.size() - distinct, entry.getValue().refusedSessions(),
                entry.getValue().sessions().size());
        }
        out.printf(Locale.ROOT, "Took %.1f s. Pacer's totals: %d deferrals recorded, %d mails delivered after a deferral, %d expired.%n",
            took.toMillis() / 1000.0, server.getAttribute(stats, "TotalDeferrals"), server.getAttribute(stats, "DeliveredAfterDeferral"),
            server.getAttribute(stats, "Expired"));
        String capped = destination(receivers.get("capped.demo"));
        out.println();
        out.println("Escalation report of the capped destination (JMX DeferralStats.escalationReport(\"" + capped + "\")):");
        out.println();
        out.println(server.invoke(stats, "escalationReport", new Object[] {capped}, new String[] {String.class.getName()}));
        out.println(ok ? "Every mail arrived exactly once." : "Not every mail arrived exactly once before the deadline.");
        return ok ? 0 : 1;
    }

    private static String destination(ScriptedSmtpReceiver receiver) {
        return "route:127.0.0.1:" + receiver.port();
    }

    private static CompositeData window(MBeanServer server, ObjectName throttle, String destination) throws Exception {
        for (CompositeData view : (CompositeData[]) server.getAttribute(throttle, "Windows")) {
            if (destination.equals(view.get("destination"))) {
                return view;
            }
        }
        return null;
    }

    /** Mail waiting in Pacer's lanes for the destination (0 when no lane knows it yet). */
    private static int waiting(MBeanServer server, ObjectName waiting, String destination) throws Exception {
        try {
            int total = 0;
            CompositeData[] views = (CompositeData[]) server.invoke(waiting, "destination", new Object[] {destination},
                new String[] {String.class.getName()});
            for (CompositeData view : views) {
                total += (Integer) view.get("waiting");
            }
            return total;
        } catch (MBeanException | RuntimeMBeanException unknown) {
            return 0;
        }
    }
}
