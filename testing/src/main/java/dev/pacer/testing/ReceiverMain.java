package dev.pacer.testing;

import java.time.Duration;

/**
 * Runs a scripted receiver from the command line, for demonstrations and manual checks:
 * {@code ReceiverMain PORT CAP [HOLD_MILLIS]} listens on 127.0.0.1:PORT, accepts CAP sessions at once (0: no cap)
 * and refuses the next with {@code 421 4.7.0 Too many concurrent connections}, holding each accepted session
 * HOLD_MILLIS after its message. Prints a summary every 5 seconds; stops with Ctrl-C.
 */
public final class ReceiverMain {
    private ReceiverMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ReceiverMain PORT CAP [HOLD_MILLIS]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        int cap = Integer.parseInt(args[1]);
        long hold = args.length > 2 ? Long.parseLong(args[2]) : 50;
        try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(port, ReceiverBehaviour.builder()
                .maxConcurrentSessions(cap).holdAfterMessage(Duration.ofMillis(hold)).build())) {
            System.out.println("receiver on 127.0.0.1:" + receiver.port() + " cap=" + cap);
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(5000);
                System.out.println("sessions=" + receiver.sessions().size() + " refused=" + receiver.refusedSessions()
                    + " messages=" + receiver.messages().size() + " peakAccepted=" + receiver.peakAcceptedSessions());
            }
        }
    }
}
