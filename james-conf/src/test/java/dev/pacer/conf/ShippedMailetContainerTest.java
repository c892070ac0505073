package dev.pacer.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.dnsservice.api.InMemoryDNSService;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.queue.memory.MemoryMailQueueFactory;
import org.apache.mailet.Mailet;
import org.apache.mailet.Matcher;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import org.apache.james.metrics.tests.RecordingMetricFactory;

import dev.pacer.core.report.InMemoryDeferralStore;
import dev.pacer.core.report.SeverityPolicy;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.mailets.Lanes;
import dev.pacer.mailets.PacerSettings;
import dev.pacer.mailets.Reporting;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.testing.JamesRepositories;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shipped sample must load: every Pacer mailet and matcher in it exists, is written with {@code match=}, and
 * initialises with exactly the parameters given there (an unknown parameter fails init).
 */
class ShippedMailetContainerTest {
    static final List<String> SAMPLES = List.of("pacer-conf/mailetcontainer.xml",
        "pacer-conf-samples/mailetcontainer-stock-remotedelivery.xml");

    private final Destinations destinations = new Destinations(DestinationStore.NONE, Clock.systemUTC());
    private final Reporting reporting = new Reporting(new InMemoryDeferralStore(100, Clock.systemUTC(), SeverityPolicy.DEFAULTS),
        destinations, new RecordingMetricFactory(), PacerSettings.defaults(), Clock.systemUTC(), new Lanes());

    @TempDir
    Path directory;

    private static Document sample(String resource) throws Exception {
        try (InputStream stream = ShippedMailetContainerTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(stream).as(resource + " on the classpath").isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(stream);
        }
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noMailetShouldUseTheIgnoredMatcherAttribute(String resource) throws Exception {
        assertThat(elements(sample(resource), "mailet")).allSatisfy(mailet ->
            assertThat(mailet.hasAttribute("matcher")).as("mailet %s writes matcher= (James reads match=)", mailet.getAttribute("class")).isFalse());
    }

    static List<String> samples() {
        return SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPacerMailetShouldInitialiseWithItsSampleParameters(String resource) throws Exception {
        List<String> initialised = new ArrayList<>();
        MailQueueFactory<?> queues = new MemoryMailQueueFactory(new RawMailQueueItemDecoratorFactory());
        for (Element element : elements(sample(resource), "mailet")) {
            String className = element.getAttribute("class");
            if (!className.startsWith("dev.pacer.")) {
                continue;
            }
            FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName(className).mailetContext(FakeMailContext.defaultContext());
            Properties parameters = parameters(element);
            parameters.stringPropertyNames().forEach(name -> config.setProperty(name, parameters.getProperty(name)));
            Mailet mailet = (Mailet) instantiate(Class.forName(className), queues);
            try {
                mailet.init(config.build());
                initialised.add(className);
            } finally {
                mailet.destroy();
            }
        }
        assertThat(initialised).contains("dev.pacer.mailets.ThrottledRemoteDelivery", "dev.pacer.mailets.RerouteToThrottledProcessor",
            "dev.pacer.mailets.SetRetrySchedule");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPacerMatcherShouldInitialiseWithItsSampleCondition(String resource) throws Exception {
        List<String> initialised = new ArrayList<>();
        List<Element> withMatch = new ArrayList<>(elements(sample(resource), "mailet"));
        withMatch.addAll(elements(sample(resource), "matcher"));
        for (Element element : withMatch) {
            String match = element.getAttribute("match");
            if (!match.startsWith("dev.pacer.")) {
                continue;
            }
            int equals = match.indexOf('=');
            String className = equals < 0 ? match : match.substring(0, equals);
            String condition = equals < 0 ? null : match.substring(equals + 1);
            Matcher matcher = (Matcher) instantiate(Class.forName(className), null);
            matcher.init(FakeMatcherConfig.builder().matcherName(className).condition(condition)
                .mailetContext(FakeMailContext.defaultContext()).build());
            initialised.add(match);
        }
        assertThat(initialised).isNotEmpty();
    }

    /** Builds a Pacer class as James does: through a Guice injector holding Pacer's module bindings. */
    private Object instantiate(Class<?> type, MailQueueFactory<?> queues) throws Exception {
        MailRepositoryStore repositories = JamesRepositories.store(directory);
        com.google.inject.Injector injector = com.google.inject.Guice.createInjector(binder -> {
            binder.bind(Destinations.class).toInstance(destinations);
            binder.bind(Reporting.class).toInstance(reporting);
            binder.bind(DNSService.class).toInstance(new InMemoryDNSService());
            binder.bind(MailRepositoryStore.class).toInstance(repositories);
            if (queues != null) {
                binder.bind(new com.google.inject.TypeLiteral<MailQueueFactory<?>>() { }).toInstance(queues);
            }
        });
        return injector.getInstance(type);
    }

    private static Properties parameters(Element mailet) {
        Properties parameters = new Properties();
        NodeList children = mailet.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element) {
                parameters.setProperty(child.getNodeName(), child.getTextContent().trim());
            }
        }
        return parameters;
    }
}
