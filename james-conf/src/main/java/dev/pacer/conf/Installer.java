package dev.pacer.conf;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Installs Pacer into a James 3.8.x server directory as the README's install steps say, and nothing else: the
 * extension jar into {@code extensions-jars/}, Pacer's module line into {@code conf/extensions.properties} (other
 * modules kept), a {@code file://} mail repository protocol into {@code conf/mailrepositorystore.xml} when absent, and
 * in {@code conf/mailetcontainer.xml}: the {@code RemoteDelivery} mailet becomes {@code ThrottledRemoteDelivery} (its
 * parameters kept, {@code deferralProcessor} added), mail for a throttled destination is routed before it, and
 * Pacer's {@code deferrals} and {@code throttled} processors are added, sharing the replaced mailet's gateway,
 * routes, destination key and HELO name. Every file changed is first saved as {@code NAME.before-pacer}. Running it
 * again changes nothing.
 *
 * <p>{@code java -cp pacer-james-extension-VERSION.jar dev.pacer.conf.Installer JAMES_HOME EXTENSION_JAR PACER_CONF}
 * (what {@code bin/install-into} runs), {@code PACER_CONF} being the directory of Pacer's sample configuration.
 */
public final class Installer {
    static final String MODULE = "dev.pacer.mailets.PacerModule";
    static final String DELIVERY = "dev.pacer.mailets.ThrottledRemoteDelivery";
    static final Set<String> STOCK_DELIVERY = Set.of("RemoteDelivery", "org.apache.james.transport.mailets.RemoteDelivery");
    /** What every lane must share (they decide destinations) or should (same smarthost, same name). */
    static final List<String> SHARED = List.of("gateway", "gatewayPort", "gatewayUsername", "gatewayusername", "gatewayPassword",
        "destinationKey", "routes", "heloName", "startTLS", "bind");

    private final Path home;
    private final Path pacerConf;
    private final List<String> done = new ArrayList<>();

    private Installer(Path home, Path pacerConf) {
        this.home = home;
        this.pacerConf = pacerConf;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Installer JAMES_HOME EXTENSION_JAR PACER_CONF_DIR");
            System.exit(2);
        }
        try {
            List<String> done = install(Paths.get(args[0]), Paths.get(args[1]), Paths.get(args[2]));
            done.forEach(line -> System.out.println("pacer-install: " + line));
            System.out.println("pacer-install: done; restart James (the log then shows 'lane=pacer-throttled started')");
        } catch (IllegalStateException | IOException e) {
            System.err.println("pacer-install: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Installs, returning one line per change made (none when Pacer was already installed). */
    public static List<String> install(Path home, Path extensionJar, Path pacerConf) throws Exception {
        Path conf = home.resolve("conf");
        if (!Files.isRegularFile(conf.resolve("mailetcontainer.xml"))) {
            throw new IllegalStateException(home + " is not a James server directory: " + conf.resolve("mailetcontainer.xml") + " is missing");
        }
        if (!Files.isRegularFile(extensionJar)) {
            throw new IllegalStateException("extension jar " + extensionJar + " is missing: build it with mvn -B -ntp install -DskipTests");
        }
        Installer installer = new Installer(home, pacerConf);
        installer.jar(extensionJar);
        installer.module(conf.resolve("extensions.properties"));
        installer.repositories(conf.resolve("mailrepositorystore.xml"));
        installer.pipeline(conf.resolve("mailetcontainer.xml"));
        return installer.done;
    }

    private void jar(Path extensionJar) throws IOException {
        Path directory = Files.createDirectories(home.resolve("extensions-jars"));
        Path target = directory.resolve(extensionJar.getFileName());
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), Files.readAllBytes(extensionJar))) {
            return;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, "pacer-james-extension-*.jar")) {
            for (Path jar : old) {
                Files.delete(jar);
                done.add("removed " + jar);
            }
        }
        Files.copy(extensionJar, target, StandardCopyOption.REPLACE_EXISTING);
        done.add("copied " + extensionJar.getFileName() + " to " + directory);
    }

    private void module(Path file) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("guice.extension.module") && line.contains("=")) {
                if (line.contains(MODULE)) {
                    return;
                }
                String value = line.substring(line.indexOf('=') + 1).trim();
                lines.set(i, "guice.extension.module=" + (value.isEmpty() ? MODULE : value + "," + MODULE));
                write(file, String.join("\n", lines) + "\n");
                done.add("added " + MODULE + " to the guice.extension.module line of " + file);
                return;
            }
        }
        lines.add("guice.extension.module=" + MODULE);
        write(file, String.join("\n", lines) + "\n");
        done.add("added guice.extension.module=" + MODULE + " to " + file);
    }

    private void repositories(Path file) throws Exception {
        if (!Files.exists(file)) {
            Files.copy(pacerConf.resolve("mailrepositorystore.xml"), file);
            done.add("wrote " + file + " (memory:// and file:// repositories)");
            return;
        }
        Document store = parse(file);
        NodeList protocols = store.getElementsByTagName("protocol");
        for (int i = 0; i < protocols.getLength(); i++) {
            if (protocols.item(i).getTextContent().trim().equals("file")) {
                return;
            }
        }
        Element fileRepository = findRepository(parse(pacerConf.resolve("mailrepositorystore.xml")), "file");
        Element repositories = (Element) store.getElementsByTagName("mailrepositories").item(0);
        if (repositories == null) {
            throw new IllegalStateException(file + " has no <mailrepositories> element; add James's FileMailRepository for protocol 'file' by hand");
        }
        repositories.appendChild(store.importNode(fileRepository, true));
        save(file, store);
        done.add("added the file:// mail repository (Pacer's waiting mail) to " + file);
    }

    private static Element findRepository(Document document, String protocol) {
        NodeList repositories = document.getElementsByTagName("mailrepository");
        for (int i = 0; i < repositories.getLength(); i++) {
            Element repository = (Element) repositories.item(i);
            NodeList protocols = repository.getElementsByTagName("protocol");
            for (int j = 0; j < protocols.getLength(); j++) {
                if (protocols.item(j).getTextContent().trim().equals(protocol)) {
                    return repository;
                }
            }
        }
        throw new IllegalStateException("Pacer's sample mailrepositorystore.xml has no '" + protocol + "' repository");
    }

    private void pipeline(Path file) throws Exception {
        Document container = parse(file);
        List<Element> mailets = elements(container.getDocumentElement(), "mailet");
        Element stock = null;
        boolean installed = false;
        for (Element mailet : mailets) {
            if (STOCK_DELIVERY.contains(mailet.getAttribute("class"))) {
                if (stock != null) {
                    throw new IllegalStateException(file + " has several RemoteDelivery mailets; replace them by " + DELIVERY + " by hand");
                }
                stock = mailet;
            }
            installed |= DELIVERY.equals(mailet.getAttribute("class"));
        }
        if (stock == null) {
            if (installed) {
                return;
            }
            throw new IllegalStateException(file + " has no RemoteDelivery mailet to replace");
        }
        Element processor = (Element) stock.getParentNode();
        String relay = processor.getAttribute("state");
        Document pacer = parse(pacerConf.resolve("mailetcontainer.xml"));
        Element processors = (Element) processor.getParentNode();
        for (String name : List.of("deferrals", "throttled")) {
            if (processorNamed(container, name) != null) {
                throw new IllegalStateException(file + " already has a processor '" + name + "'; merge Pacer's by hand (see the README)");
            }
        }

        stock.setAttribute("class", DELIVERY);
        if (child(stock, "deferralProcessor") == null) {
            appendParameter(stock, "deferralProcessor", "deferrals");
        }
        Element route = container.createElement("mailet");
        route.setAttribute("match", "dev.pacer.matchers.IsThrottledDestination");
        route.setAttribute("class", "ToProcessor");
        appendParameter(route, "processor", "throttled");
        processor.insertBefore(route, stock);

        for (String name : List.of("deferrals", "throttled")) {
            Element imported = (Element) container.importNode(processorNamed(pacer, name), true);
            for (Element mailet : elements(imported, "mailet")) {
                Element target = child(mailet, "processor");
                if (name.equals("deferrals") && target != null && target.getTextContent().trim().equals("relay")) {
                    target.setTextContent(relay);
                }
                if (DELIVERY.equals(mailet.getAttribute("class"))) {
                    for (String shared : SHARED) {
                        Element value = child(stock, shared);
                        Element own = child(mailet, shared);
                        if (own != null) {
                            mailet.removeChild(own);
                        }
                        if (value != null) {
                            appendParameter(mailet, shared, value.getTextContent().trim());
                        }
                    }
                }
            }
            processors.insertBefore(imported, processor.getNextSibling());
        }
        save(file, container);
        done.add("in " + file + ": RemoteDelivery of processor '" + relay + "' replaced by " + DELIVERY
            + " (its parameters kept, deferralProcessor=deferrals), throttled destinations routed before it, processors 'deferrals' and "
            + "'throttled' added");
    }

    private static void appendParameter(Element mailet, String name, String value) {
        Element parameter = mailet.getOwnerDocument().createElement(name);
        parameter.setTextContent(value);
        mailet.appendChild(parameter);
    }

    private static Element processorNamed(Document document, String state) {
        for (Element processor : elements(document.getDocumentElement(), "processor")) {
            if (state.equals(processor.getAttribute("state"))) {
                return processor;
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                return (Element) node;
            }
        }
        return null;
    }

    private static List<Element> elements(Element root, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(Files.readString(file, StandardCharsets.UTF_8))));
    }

    private void save(Path file, Document document) throws Exception {
        stripBlankText(document.getDocumentElement());
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        write(file, out.toString());
    }

    /** Whitespace between elements goes: the indenting transformer writes its own (it would double the old). */
    private static void stripBlankText(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                stripBlankText(child);
            }
            child = next;
        }
    }

    private void write(Path file, String content) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".before-pacer");
        if (Files.exists(file) && !Files.exists(backup)) {
            Files.copy(file, backup);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
