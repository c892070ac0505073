package dev.pacer.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.james.FakeSearchMailboxModule;
import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.modules.protocols.SmtpGuiceProbe;
import org.apache.james.utils.MailRepositoryProbeImpl;
import org.apache.mailet.Mail;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A real James 3.8.1 memory server in this JVM, configured with the conf/ that {@code james-conf} ships: the files
 * are copied as they are, and only what a 127.0.0.1 test needs is changed (SMTP port 0, JMX off, parameters of
 * Pacer's delivery mailets such as {@code gateway} and {@code delayTime}).
 */
public final class PacerJamesServer implements AutoCloseable {
    /** The opt-in MIME evidence copies of the shipped configuration (see {@link Builder#withEvidenceCopies()}). */
    static final String EVIDENCE_REPOSITORY = "file://var/mail/pacer-throttle-evidence/";
    private static final String EVIDENCE_OPT_IN = "uncomment to keep one per deferred mail.";
    private static final List<String> CONF_FILES = List.of("mailetcontainer.xml", "smtpserver.xml", "mailrepositorystore.xml",
        "domainlist.xml", "imapserver.xml", "pop3server.xml", "lmtpserver.xml", "managesieveserver.xml",
        "webadmin.properties", "jmx.properties", "extensions.properties", "usersrepository.xml", "logback.xml");
    private static final String DELIVERY_MAILET = "dev.pacer.mailets.ThrottledRemoteDelivery";

    private final GuiceJamesServer server;
    private final Path workingDirectory;

    private PacerJamesServer(GuiceJamesServer server, Path workingDirectory) {
        this.server = server;
        this.workingDirectory = workingDirectory;
    }

    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    /** Which mailets a parameter change applies to: a class, and for delivery lanes optionally one queue. */
    private static final class Selector {
        final String mailetClass;
        final String queue;

        Selector(String mailetClass, String queue) {
            this.mailetClass = mailetClass;
            this.queue = queue;
        }

        boolean matches(Element mailet) {
            if (!mailetClass.equals(mailet.getAttribute("class"))) {
                return false;
            }
            if (queue == null) {
                return true;
            }
            NodeList queues = mailet.getElementsByTagName("outgoingQueue");
            return queues.getLength() > 0 && queue.equals(queues.item(0).getTextContent().trim());
        }

        @Override
        public String toString() {
            return mailetClass + (queue == null ? "" : "[" + queue + "]");
        }
    }

    public static final class Builder {
        private final Path workingDirectory;
        private final Map<Selector, Map<String, String>> mailetParameters = new LinkedHashMap<>();
        private String mailetContainer = "pacer-conf/mailetcontainer.xml";
        private int jmxPort;
        private final Map<String, String> extraFiles = new LinkedHashMap<>();
        private final List<com.google.inject.Module> modules = new ArrayList<>();
        private final List<com.google.inject.Module> overrides = new ArrayList<>();

        /** Keeps James's JMX endpoint on, on 127.0.0.1:{@code port} (one port per JVM: RMI registries stay). */
        public Builder jmx(int port) {
            this.jmxPort = port;
            return this;
        }

        /** Writes another file into conf/ (e.g. pacer.properties). */
        Builder confFile(String name, String content) {
            extraFiles.put(name, content);
            return this;
        }

        /** Adds a Guice module to the server (e.g. a test probe). */
        Builder with(com.google.inject.Module module) {
            modules.add(module);
            return this;
        }

        /** Replaces bindings of the memory server (e.g. its MailQueue by RabbitMQ's). */
        Builder overriding(com.google.inject.Module module) {
            overrides.add(module);
            return this;
        }

        private Builder(Path workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        private String mailetContainerXml;

        /** Starts with another shipped mailetcontainer.xml (a classpath resource). */
        public Builder mailetContainer(String resource) {
            this.mailetContainer = resource;
            return this;
        }

        /** Starts with this mailetcontainer.xml (e.g. a stock James configuration for a comparison). */
        public Builder mailetContainerXml(String xml) {
            this.mailetContainerXml = xml;
            return this;
        }

        /** Sets (or adds) a parameter of the ThrottledRemoteDelivery whose outgoingQueue is {@code queue}. */
        public Builder deliveryParameter(String queue, String name, String value) {
            return parameter(new Selector(DELIVERY_MAILET, queue), name, value);
        }

        private boolean evidenceCopies;

        /** Turns on the shipped configuration's opt-in MIME copy of each deferral (commented out as shipped). */
        Builder withEvidenceCopies() {
            this.evidenceCopies = true;
            return this;
        }

        /** Sets (or adds) a parameter of every ThrottledRemoteDelivery. */
        public Builder everyDeliveryParameter(String name, String value) {
            return parameter(new Selector(DELIVERY_MAILET, null), name, value);
        }

        /** Sets (or adds) a parameter of every mailet of class {@code mailetClass} (as written in the XML). */
        public Builder mailetParameter(String mailetClass, String name, String value) {
            return parameter(new Selector(mailetClass, null), name, value);
        }

        private Builder parameter(Selector selector, String name, String value) {
            mailetParameters.computeIfAbsent(selector, q -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        private int smtpPort;

        /** Binds SMTP to this port of 127.0.0.1 (default: any free port). */
        Builder smtpPort(int port) {
            this.smtpPort = port;
            return this;
        }

        /** Writes conf/ into the working directory: the shipped files with this builder's changes. */
        Path writeConfiguration() throws Exception {
            Path conf = Files.createDirectories(workingDirectory.resolve("conf"));
            for (String file : CONF_FILES) {
                String content = !file.equals("mailetcontainer.xml") ? shipped(file)
                    : mailetContainerXml != null ? mailetContainerXml : resource(mailetContainer);
                if (file.equals("smtpserver.xml")) {
                    content = content.replace("<bind>127.0.0.1:2525</bind>", "<bind>127.0.0.1:" + smtpPort + "</bind>");
                } else if (file.equals("jmx.properties")) {
                    content = jmxPort == 0 ? content.replace("jmx.enabled=true", "jmx.enabled=false")
                        : content.replace("jmx.port=9999", "jmx.port=" + jmxPort);
                } else if (file.equals("mailetcontainer.xml")) {
                    if (evidenceCopies) {
                        int optIn = content.indexOf(EVIDENCE_OPT_IN);
                        if (optIn < 0) {
                            throw new IllegalStateException("the shipped mailetcontainer.xml has no opt-in evidence copy any more");
                        }
                        int after = optIn + EVIDENCE_OPT_IN.length();
                        int close = content.indexOf("-->", after);
                        content = content.substring(0, after) + " -->" + content.substring(after, close) + content.substring(close + 3);
                    }
                    content = withDeliveryParameters(content, mailetParameters);
                }
                Files.writeString(conf.resolve(file), content, StandardCharsets.UTF_8);
            }
            for (Map.Entry<String, String> extra : extraFiles.entrySet()) {
                Files.writeString(conf.resolve(extra.getKey()), extra.getValue(), StandardCharsets.UTF_8);
            }
            return conf;
        }

        public PacerJamesServer start() throws Exception {
            writeConfiguration();
            GuiceJamesServer server = MemoryJamesServerMain.createServer(MemoryJamesConfiguration.builder()
                    .workingDirectory(workingDirectory.toFile())
                    .build())
                .combineWith(new FakeSearchMailboxModule())
                .combineWith(modules)
                .overrideWith(overrides);
            if (jmxPort != 0) {
                server = server.combineWith(new org.apache.james.modules.server.JMXServerModule());
            }
            try {
                server.start();
            } catch (Exception e) {
                // A failed start leaves what it registered (JMX beans of the mailet container): stop cleans it up.
                server.stop();
                throw e;
            }
            return new PacerJamesServer(server, workingDirectory);
        }
    }

    /** A file of the conf/ that james-conf ships. */
    public static String shipped(String file) {
        return resource("pacer-conf/" + file);
    }

    static String resource(String name) {
        try (InputStream stream = PacerJamesServer.class.getClassLoader().getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException(name + " is not on the classpath: is james-conf built?");
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withDeliveryParameters(String xml, Map<Selector, Map<String, String>> parameters) throws Exception {
        if (parameters.isEmpty()) {
            return xml;
        }
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        NodeList mailets = document.getElementsByTagName("mailet");
        for (Map.Entry<Selector, Map<String, String>> selected : parameters.entrySet()) {
            int found = 0;
            for (int i = 0; i < mailets.getLength(); i++) {
                Element mailet = (Element) mailets.item(i);
                if (!selected.getKey().matches(mailet)) {
                    continue;
                }
                found++;
                for (Map.Entry<String, String> parameter : selected.getValue().entrySet()) {
                    NodeList existing = mailet.getElementsByTagName(parameter.getKey());
                    Element element;
                    if (existing.getLength() > 0) {
                        element = (Element) existing.item(0);
                    } else {
                        element = document.createElement(parameter.getKey());
                        mailet.appendChild(element);
                    }
                    element.setTextContent(parameter.getValue());
                }
            }
            if (found == 0) {
                throw new IllegalStateException("no mailet " + selected.getKey() + " in the sample");
            }
        }
        StringWriter out = new StringWriter();
        javax.xml.transform.Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    public int smtpPort() {
        return server.getProbe(SmtpGuiceProbe.class).getSmtpPort().getValue();
    }

    public long repositoryCount(String url) throws Exception {
        return server.getProbe(MailRepositoryProbeImpl.class).getRepositoryMailCount(MailRepositoryUrl.from(url));
    }

    List<Mail> repositoryMails(String url) throws Exception {
        MailRepositoryProbeImpl probe = server.getProbe(MailRepositoryProbeImpl.class);
        MailRepositoryUrl repository = MailRepositoryUrl.from(url);
        List<Mail> mails = new ArrayList<>();
        for (MailKey key : probe.listMailKeys(repository)) {
            mails.add(probe.getMail(repository, key));
        }
        return mails;
    }

    GuiceJamesServer guiceServer() {
        return server;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void close() {
        server.stop();
    }
}
