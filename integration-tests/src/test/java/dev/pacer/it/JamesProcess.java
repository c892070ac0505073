package dev.pacer.it;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A James 3.8.1 memory server in its own JVM, installed as an operator installs Pacer: James's classpath without any
 * Pacer class, Pacer's extension jar in {@code extensions-jars/}, {@code conf/} written beforehand (see
 * {@link PacerJamesServer.Builder#writeConfiguration()}). It can be killed like a crashing server (SIGKILL).
 */
final class JamesProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int smtpPort;

    private JamesProcess(Process process, int smtpPort) {
        this.process = process;
        this.smtpPort = smtpPort;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts James in {@code home} (its conf/ already written) and returns once it accepts SMTP on {@code smtpPort}. */
    static JamesProcess start(Path home, int smtpPort, Path log) throws Exception {
        Path extensions = Files.createDirectories(home.resolve("extensions-jars"));
        Path jar = extensionJar();
        Files.copy(jar, extensions.resolve(jar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx768m", "-XX:+UseSerialGC",
            "-Dworking.directory=" + home,
            "-Dlogback.configurationFile=" + home.resolve("conf/logback.xml"),
            "-cp", jamesClasspath(),
            "org.apache.james.MemoryJamesServerMain")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
        JamesProcess james = new JamesProcess(process, smtpPort);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!james.acceptsSmtp()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                james.kill();
                throw new IllegalStateException("James did not start within " + START_TIMEOUT + "; its log is " + log);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return james;
    }

    /** The jar an operator copies: james-conf's {@code pacer-james-extension-<version>.jar}. */
    static Path extensionJar() throws IOException {
        Path target = Paths.get("..", "james-conf", "target").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("pacer-james-extension-.*\\.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no pacer-james-extension jar in " + target + ": build james-conf first"));
        }
    }

    /**
     * James's own classpath, the one {@code bin/run-james} starts James with: the memory server's jars as james-conf
     * lists them at package time ({@code james-conf/target/james-classpath.txt}), without Pacer, so that Pacer's
     * classes come from {@code extensions-jars/} only.
     */
    static String jamesClasspath() throws IOException {
        Path file = Paths.get("..", "james-conf", "target", "james-classpath.txt").toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: package james-conf first (mvn -B -ntp verify does)");
        }
        String classpath = Files.readString(file).trim();
        String pacerArtifacts = File.separator + "dev" + File.separator + "pacer" + File.separator;
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.contains(pacerArtifacts) || entry.isEmpty()) {
                throw new IllegalStateException(file + " must list James's jars only, found '" + entry + "'");
            }
        }
        return classpath;
    }

    private boolean acceptsSmtp() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), smtpPort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    int smtpPort() {
        return smtpPort;
    }

    /** A crash: SIGKILL, no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
