package dev.pacer.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP receiver on 127.0.0.1 that answers as a {@link ReceiverBehaviour} says, and records every session.
 *
 * <p>It speaks enough SMTP for javax.mail (EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT) and
 * counts concurrency the way a receiver's limit does: a connection counts from accept to close, the cap is checked
 * at accept, and a refused connection gets its 421 greeting and is closed.
 */
public final class ScriptedSmtpReceiver implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(ScriptedSmtpReceiver.class);
    private static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private final ServerSocket serverSocket;
    private final ExecutorService sessions = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "scripted-smtp-session");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread acceptor;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sessionIds = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger openAccepted = new AtomicInteger();
    private final AtomicInteger injectedFailures = new AtomicInteger();
    // Appended to by every session, read as snapshots: synchronized lists (a copy-on-write list would copy itself
    // at each of 100,000 appends in the scale benchmark).
    private final List<SessionRecord> records = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final List<ReceivedMessage> messages = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final java.util.Set<String> recipientsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.ArrayDeque<Instant> acceptedTimes = new java.util.ArrayDeque<>();
    private final java.util.concurrent.ConcurrentMap<String, AtomicInteger> recipientAttempts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile ReceiverBehaviour behaviour;
    private volatile int peakAccepted;
    private volatile int peakOpen;

    private ScriptedSmtpReceiver(ServerSocket serverSocket, ReceiverBehaviour behaviour) {
        this.serverSocket = serverSocket;
        this.behaviour = behaviour;
        this.acceptor = new Thread(this::acceptLoop, "scripted-smtp-acceptor-" + serverSocket.getLocalPort());
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** Starts on 127.0.0.1 with an ephemeral port. */
    public static ScriptedSmtpReceiver start(ReceiverBehaviour behaviour) throws IOException {
        return start(0, behaviour);
    }

    /** Starts on 127.0.0.1:{@code port} (0 for an ephemeral port). */
    public static ScriptedSmtpReceiver start(int port, ReceiverBehaviour behaviour) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return new ScriptedSmtpReceiver(socket, behaviour);
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Changes the behaviour for sessions accepted from now on, keeping what was recorded (a receiver reconfigured live). */
    public void change(ReceiverBehaviour newBehaviour) {
        this.behaviour = newBehaviour;
    }

    /** Changes the behaviour for sessions accepted from now on, and forgets everything recorded. */
    public synchronized void reset(ReceiverBehaviour newBehaviour) {
        this.behaviour = newBehaviour;
        injectedFailures.set(0);
        recipientAttempts.clear();
        synchronized (acceptedTimes) {
            acceptedTimes.clear();
        }
        records.clear();
        recipientsSeen.clear();
        messages.clear();
        peakAccepted = openAccepted.get();
        peakOpen = open.get();
    }

    private void acceptLoop() {
        while (running.get()) {
            try {
                Socket socket = serverSocket.accept();
                sessions.execute(() -> serve(socket));
            } catch (IOException e) {
                if (running.get()) {
                    LOGGER.warn("accept failed", e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        ReceiverBehaviour current = behaviour;
        SessionRecord record = new SessionRecord(sessionIds.incrementAndGet(), Instant.now());
        record.utf8 = current.utf8Replies();
        records.add(record);
        int nowOpen = open.incrementAndGet();
        record.openAtStart = nowOpen;
        synchronized (this) {
            peakOpen = Math.max(peakOpen, nowOpen);
        }
        record.accepted = false;
        try (socket) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int cap = current.maxConcurrentSessions();
            synchronized (this) {
                if (cap > 0 && openAccepted.get() >= cap) {
                    record.refusedByCap = true;
                } else {
                    record.accepted = true;
                    int acceptedNow = openAccepted.incrementAndGet();
                    peakAccepted = Math.max(peakAccepted, acceptedNow);
                }
            }
            if (!record.accepted) {
                reply(out, record, current.capReply());
                return;
            }
            sleep(current.greetingDelay());
            if (!current.endlessGreetingEvery().isZero()) {
                while (running.get() && !socket.isClosed()) {
                    out.write("220-receiver.test still greeting\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    sleep(current.endlessGreetingEvery());
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                }
                return;
            }
            if (injectAt(current, ReceiverBehaviour.Step.GREETING, out, record)) {
                return;
            }
            reply(out, record, "220 receiver.test ESMTP Pacer scripted receiver");
            converse(current, socket, in, out, record);
        } catch (SocketException e) {
            LOGGER.debug("session {} closed by peer: {}", record.id, e.getMessage());
        } catch (IOException e) {
            LOGGER.debug("session {} failed", record.id, e);
        } finally {
            leaveCap(record);
            open.decrementAndGet();
            record.end = Instant.now();
        }
    }

    private void converse(ReceiverBehaviour current, Socket socket, BufferedReader in, OutputStream out, SessionRecord record) throws IOException {
        String from = null;
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            record.commands.add(line);
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                if (injectAt(current, ReceiverBehaviour.Step.EHLO, out, record)) {
                    return;
                }
                boolean offerTls = current.startTls().isPresent() && !record.tls;
                reply(out, record, upper.startsWith("EHLO")
                    ? "250-receiver.test\r\n250-8BITMIME\r\n" + (offerTls ? "250-STARTTLS\r\n" : "")
                        + (current.authPlain().isPresent() ? "250-AUTH PLAIN\r\n" : "") + "250 SIZE 52428800"
                    : "250 receiver.test");
            } else if (upper.equals("STARTTLS") && current.startTls().isPresent() && !record.tls) {
                reply(out, record, "220 2.0.0 Ready to start TLS");
                javax.net.ssl.SSLSocket tls = (javax.net.ssl.SSLSocket) current.startTls().get().getSocketFactory()
                    .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
                tls.setUseClientMode(false);
                tls.startHandshake();
                record.tls = true;
                // RFC 3207: the session starts over on the encrypted channel.
                converse(current, tls, new BufferedReader(new InputStreamReader(tls.getInputStream(), StandardCharsets.ISO_8859_1)),
                    tls.getOutputStream(), record);
                return;
            } else if (upper.startsWith("AUTH PLAIN") && current.authPlain().isPresent()) {
                String encoded = line.length() > 11 ? line.substring(11).trim() : "";
                if (encoded.isEmpty()) {
                    reply(out, record, "334 ");
                    encoded = String.valueOf(in.readLine()).trim();
                }
                String given;
                try {
                    given = new String(java.util.Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    given = "";
                }
                // authzid NUL authcid NUL password: the authorization identity may be empty.
                String credentials = given.indexOf('\0') >= 0 ? given.substring(given.indexOf('\0') + 1) : given;
                if (credentials.equals(current.authPlain().get())) {
                    record.authenticatedAs = credentials.substring(0, credentials.indexOf('\0'));
                    reply(out, record, "235 2.7.0 Authentication successful");
                } else {
                    reply(out, record, "535 5.7.8 Error: authentication failed");
                }
            } else if (upper.startsWith("MAIL FROM:") && current.authPlain().isPresent() && record.authenticatedAs == null) {
                reply(out, record, "530 5.7.0 Authentication required");
            } else if (upper.startsWith("MAIL FROM:")) {
                if (current.maxMessagesPerSession() > 0 && record.messages >= current.maxMessagesPerSession()) {
                    reply(out, record, current.maxMessagesReply());
                    if (current.maxMessagesReply().startsWith("421")) {
                        return;
                    }
                    continue;
                }
                if (overRate(current)) {
                    reply(out, record, current.messageRateReply());
                    record.rateLimited = true;
                    continue;
                }
                if (injectAt(current, ReceiverBehaviour.Step.MAIL, out, record)) {
                    return;
                }
                from = address(line.substring(10));
                recipients.clear();
                reply(out, record, "250 2.1.0 Ok");
            } else if (upper.startsWith("RCPT TO:")) {
                String recipient = address(line.substring(8));
                String localPart = recipient.contains("@") ? recipient.substring(0, recipient.indexOf('@')) : recipient;
                String scripted = current.recipientReplies().get(localPart);
                if (scripted != null) {
                    reply(out, record, scripted);
                    if (scripted.startsWith("421")) {
                        return;
                    }
                    continue;
                }
                if (current.deferEachRecipient() > 0
                    && recipientAttempts.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet() <= current.deferEachRecipient()) {
                    reply(out, record, current.deferRecipientReply());
                    continue;
                }
                if (injectAt(current, ReceiverBehaviour.Step.RCPT, out, record)) {
                    return;
                }
                recipients.add(recipient);
                reply(out, record, "250 2.1.5 Ok");
            } else if (upper.equals("DATA")) {
                if (injectAt(current, ReceiverBehaviour.Step.DATA, out, record)) {
                    return;
                }
                if (from == null || recipients.isEmpty()) {
                    reply(out, record, "503 5.5.1 Error: need MAIL and RCPT");
                    continue;
                }
                reply(out, record, "354 End data with <CR><LF>.<CR><LF>");
                String body = readData(in);
                sleep(current.processingTime());
                if (injectAt(current, ReceiverBehaviour.Step.END_OF_DATA, out, record)) {
                    return;
                }
                messages.add(new ReceivedMessage(record.id, from, List.copyOf(recipients), body, Instant.now()));
                recipientsSeen.addAll(recipients);
                record.messages++;
                synchronized (acceptedTimes) {
                    acceptedTimes.addLast(Instant.now());
                }
                reply(out, record, "250 2.0.0 Ok: queued as P" + record.id);
                hold(current);
                from = null;
                recipients.clear();
            } else if (upper.equals("RSET")) {
                from = null;
                recipients.clear();
                reply(out, record, "250 2.0.0 Ok");
            } else if (upper.equals("NOOP")) {
                reply(out, record, "250 2.0.0 Ok");
            } else if (upper.equals("QUIT")) {
                // The session is over for the cap once QUIT is read, before the reply: a client may open its next
                // session as soon as it reads 221, and must not be refused for the one it just closed.
                leaveCap(record);
                reply(out, record, "221 2.0.0 Bye");
                return;
            } else {
                reply(out, record, "502 5.5.2 Error: command not recognized");
            }
        }
    }

    private boolean overRate(ReceiverBehaviour current) {
        if (current.messageRateLimit() <= 0) {
            return false;
        }
        Instant since = Instant.now().minus(current.messageRatePeriod());
        synchronized (acceptedTimes) {
            while (!acceptedTimes.isEmpty() && acceptedTimes.peekFirst().isBefore(since)) {
                acceptedTimes.removeFirst();
            }
            return acceptedTimes.size() >= current.messageRateLimit();
        }
    }

    private void leaveCap(SessionRecord record) {
        synchronized (record) {
            if (record.accepted && !record.leftCap) {
                record.leftCap = true;
                record.leftCapAt = Instant.now();
                openAccepted.decrementAndGet();
            }
        }
    }

    private static void hold(ReceiverBehaviour current) {
        sleep(current.holdAfterMessage());
    }

    private static void sleep(java.time.Duration duration) {
        long millis = duration.toMillis();
        if (millis > 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean injectAt(ReceiverBehaviour current, ReceiverBehaviour.Step step, OutputStream out, SessionRecord record) throws IOException {
        if (current.failAt().isEmpty() || current.failAt().get() != step) {
            return false;
        }
        if (current.failTimes() >= 0 && injectedFailures.getAndIncrement() >= current.failTimes()) {
            return false;
        }
        reply(out, record, current.failReply());
        record.failedAt = step;
        // A 421 closes the session (RFC 5321 3.8); other failures leave it open for the client to go on or QUIT.
        return current.failReply().startsWith("421");
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder body = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals(".")) {
                break;
            }
            if (body.length() < MAX_MESSAGE_BYTES) {
                body.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
            }
        }
        return body.toString();
    }

    private static String address(String argument) {
        String trimmed = argument.trim();
        int open = trimmed.indexOf('<');
        int close = trimmed.indexOf('>');
        if (open >= 0 && close > open) {
            return trimmed.substring(open + 1, close);
        }
        return trimmed.split(" ")[0];
    }

    private static void reply(OutputStream out, SessionRecord record, String reply) throws IOException {
        record.replies.add(reply);
        out.write((reply + "\r\n").getBytes(record.utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Every session since the last reset, refused ones included. */
    public List<SessionRecord> sessions() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** The sessions in which {@code recipient} was given in RCPT TO, in order. */
    public List<SessionRecord> sessionsFor(String recipient) {
        String command = "RCPT TO:<" + recipient + ">";
        return sessions().stream().filter(record -> record.commands().stream().anyMatch(c -> c.equalsIgnoreCase(command)))
            .collect(Collectors.toList());
    }

    /** Sessions refused by the concurrency cap. */
    public long refusedSessions() {
        return sessions().stream().filter(SessionRecord::refusedByCap).count();
    }

    /** Messages accepted (250 after the final dot). */
    public List<ReceivedMessage> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** Accepted messages per recipient, to check for duplicates. */
    public List<String> deliveredRecipients() {
        return messages().stream().flatMap(m -> m.recipients().stream()).collect(Collectors.toList());
    }

    /** How many different recipients the receiver accepted mail for (kept as mail arrives: cheap to poll). */
    public int distinctRecipients() {
        return recipientsSeen.size();
    }

    /** The highest number of sessions held at once within the cap. */
    public int peakAcceptedSessions() {
        return peakAccepted;
    }

    /** The highest number of connections open at once, refused ones included. */
    public int peakOpenConnections() {
        return peakOpen;
    }

    /** Connections open now. */
    public int openConnections() {
        return open.get();
    }

    @Override
    public void close() throws IOException {
        running.set(false);
        serverSocket.close();
        sessions.shutdownNow();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One connection as the receiver saw it. */
    public static final class SessionRecord {
        private final int id;
        private final Instant start;
        private volatile Instant end;
        private volatile boolean refusedByCap;
        private volatile boolean accepted;
        private boolean leftCap;
        private volatile Instant leftCapAt;
        private volatile int openAtStart;
        private volatile boolean tls;
        private volatile String authenticatedAs;
        private volatile boolean rateLimited;
        private volatile boolean utf8;
        private volatile int messages;
        private volatile ReceiverBehaviour.Step failedAt;
        private final List<String> commands = new CopyOnWriteArrayList<>();
        private final List<String> replies = new CopyOnWriteArrayList<>();

        SessionRecord(int id, Instant start) {
            this.id = id;
            this.start = start;
        }

        public int id() {
            return id;
        }

        public Instant start() {
            return start;
        }

        /** Null while the session is open. */
        public Instant end() {
            return end;
        }

        public boolean refusedByCap() {
            return refusedByCap;
        }

        /**
         * When the receiver stopped counting this session against its cap (QUIT read, or the connection closed);
         * for a refused session, when it closed. Null while it counts.
         */
        public Instant countedUntil() {
            return accepted ? leftCapAt : end;
        }

        /** True when the receiver refused a MAIL FROM of this session for its message rate limit. */
        public boolean rateLimited() {
            return rateLimited;
        }

        /** True when the session switched to TLS with STARTTLS. */
        public boolean tls() {
            return tls;
        }

        /** The user this session authenticated as with AUTH PLAIN; null when it did not. */
        public String authenticatedAs() {
            return authenticatedAs;
        }

        /** Connections open when this one was accepted, itself included. */
        public int openAtStart() {
            return openAtStart;
        }

        /** The step at which a scripted failure was injected, or null. */
        public ReceiverBehaviour.Step failedAt() {
            return failedAt;
        }

        public List<String> commands() {
            return List.copyOf(commands);
        }

        public List<String> replies() {
            return List.copyOf(replies);
        }

        @Override
        public String toString() {
            return "session " + id + " refused=" + refusedByCap + " failedAt=" + failedAt + " commands=" + commands + " replies=" + replies;
        }
    }

    /** A message the receiver accepted. */
    public static final class ReceivedMessage {
        private final int sessionId;
        private final String sender;
        private final List<String> recipients;
        private final String content;
        private final Instant acceptedAt;

        ReceivedMessage(int sessionId, String sender, List<String> recipients, String content, Instant acceptedAt) {
            this.sessionId = sessionId;
            this.sender = sender;
            this.recipients = recipients;
            this.content = content;
            this.acceptedAt = acceptedAt;
        }

        public int sessionId() {
            return sessionId;
        }

        public String sender() {
            return sender;
        }

        public List<String> recipients() {
            return recipients;
        }

        public String content() {
            return content;
        }

        public Instant acceptedAt() {
            return acceptedAt;
        }
    }
}
