package dev.pacer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real RabbitMQ broker (Debian's {@code rabbitmq-server}) for tests, with its management plugin, listening on
 * 127.0.0.1 only, on free ports, with all its state in a directory of the test. Installed with {@code apt-get} when
 * missing and the test runs as root (as on CI machines); otherwise the error says how to install it.
 */
public final class RabbitMQBroker implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(RabbitMQBroker.class);
    private static final Path SERVER = Paths.get("/usr/lib/rabbitmq/bin/rabbitmq-server");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String CREDENTIALS = "guest:guest";

    private final Process process;
    private final Path directory;
    private final int amqpPort;
    private final int managementPort;
    private final boolean startedEpmd;

    private RabbitMQBroker(Process process, Path directory, int amqpPort, int managementPort, boolean startedEpmd) {
        this.process = process;
        this.directory = directory;
        this.amqpPort = amqpPort;
        this.managementPort = managementPort;
        this.startedEpmd = startedEpmd;
    }

    /** Starts a broker whose files live under {@code directory}; returns once its management API answers. */
    public static RabbitMQBroker start(Path directory) throws IOException, InterruptedException {
        ensureInstalled();
        int amqp = freePort();
        int management = freePort();
        int distribution = freePort();
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("rabbitmq.conf"), String.join("\n",
            "listeners.tcp.1 = 127.0.0.1:" + amqp,
            "management.tcp.ip = 127.0.0.1",
            "management.tcp.port = " + management,
            "") , StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("enabled_plugins"), "[rabbitmq_management].\n", StandardCharsets.UTF_8);
        boolean epmdRunning = listening(4369);
        ProcessBuilder builder = new ProcessBuilder(SERVER.toString())
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("broker.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("HOME", directory.toString());
        environment.put("RABBITMQ_CONFIG_FILE", directory.resolve("rabbitmq").toString());
        environment.put("RABBITMQ_ENABLED_PLUGINS_FILE", directory.resolve("enabled_plugins").toString());
        environment.put("RABBITMQ_MNESIA_BASE", directory.resolve("mnesia").toString());
        environment.put("RABBITMQ_LOG_BASE", directory.resolve("log").toString());
        environment.put("RABBITMQ_PID_FILE", directory.resolve("broker.pid").toString());
        environment.put("RABBITMQ_NODENAME", "pacer-" + UUID.randomUUID().toString().substring(0, 8) + "@localhost");
        environment.put("RABBITMQ_DIST_PORT", Integer.toString(distribution));
        environment.put("ERL_EPMD_ADDRESS", "127.0.0.1");
        environment.put("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}");
        Process process = builder.start();
        RabbitMQBroker broker = new RabbitMQBroker(process, directory, amqp, management, !epmdRunning);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!broker.answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                String log = tail(directory.resolve("broker.log"));
                broker.close();
                throw new IllegalStateException("RabbitMQ did not start within " + START_TIMEOUT + " (exit " + (process.isAlive() ? "-" : process.exitValue())
                    + "); its log ends with:\n" + log);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        LOGGER.info("RabbitMQ started on 127.0.0.1:{} (management {}), files in {}", amqp, management, directory);
        return broker;
    }

    private static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(SERVER)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && Files.isExecutable(Paths.get("/usr/bin/apt-get"))) {
            LOGGER.info("rabbitmq-server is not installed: installing Debian's package");
            Process install = new ProcessBuilder("sh", "-c",
                "(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rabbitmq-server")
                .inheritIO().start();
            if (install.waitFor(10, TimeUnit.MINUTES) && install.exitValue() == 0 && Files.isExecutable(SERVER)) {
                return;
            }
        }
        throw new IllegalStateException("RabbitMQ is needed by this test and is not installed: run "
            + "'apt-get install rabbitmq-server' (Debian's package; the test starts its own broker on 127.0.0.1)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private boolean answers() {
        try {
            return get("/api/overview").startsWith("{");
        } catch (IOException e) {
            return false;
        }
    }

    private String get(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + managementPort + path).openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(5000);
        connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8)));
        try (InputStream body = connection.getInputStream()) {
            return new String(body.readNBytes(4 * 1024 * 1024), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    public URI amqpUri() {
        return URI.create("amqp://127.0.0.1:" + amqpPort);
    }

    public URI managementUri() {
        return URI.create("http://127.0.0.1:" + managementPort);
    }

    public String user() {
        return "guest";
    }

    public String password() {
        return "guest";
    }

    /** The names of the broker's queues, from its management API. */
    public List<String> queueNames() throws IOException {
        List<String> names = new ArrayList<>();
        Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(get("/api/queues?columns=name"));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            if (startedEpmd) {
                // The Erlang port mapper this broker started outlives it as a daemon; nothing else of ours uses it.
                new ProcessBuilder("epmd", "-kill").redirectErrorStream(true).redirectOutput(directory.resolve("epmd-kill.log").toFile())
                    .start().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            LOGGER.warn("stopping RabbitMQ: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
