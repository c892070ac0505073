package dev.pacer.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.queue.memory.MemoryMailQueueFactory;
import org.apache.mailet.Mailet;
import org.apache.mailet.Matcher;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shipped sample must load: every Pacer mailet and matcher in it exists, is written with {@code match=}, and
 * initialises with exactly the parameters given there (an unknown parameter fails init).
 */
class ShippedMailetContainerTest {
    private static Document sample() throws Exception {
        try (InputStream stream = ShippedMailetContainerTest.class.getClassLoader().getResourceAsStream("pacer-conf/mailetcontainer.xml")) {
            assertThat(stream).as("pacer-conf/mailetcontainer.xml on the classpath").isNotNull();
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

    @Test
    void noMailetShouldUseTheIgnoredMatcherAttribute() throws Exception {
        assertThat(elements(sample(), "mailet")).allSatisfy(mailet ->
            assertThat(mailet.hasAttribute("matcher")).as("mailet %s writes matcher= (James reads match=)", mailet.getAttribute("class")).isFalse());
    }

    @Test
    void everyPacerMailetShouldInitialiseWithItsSampleParameters() throws Exception {
        List<String> initialised = new ArrayList<>();
        MailQueueFactory<?> queues = new MemoryMailQueueFactory(new RawMailQueueItemDecoratorFactory());
        for (Element element : elements(sample(), "mailet")) {
            String className = element.getAttribute("class");
            if (!className.startsWith("dev.pacer.")) {
                continue;
            }
            FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName(className).mailetContext(FakeMailContext.defaultContext());
            Properties parameters = parameters(element);
            parameters.stringPropertyNames().forEach(name -> config.setProperty(name, parameters.getProperty(name)));
            Mailet mailet = instantiate(Class.forName(className), queues);
            try {
                mailet.init(config.build());
                initialised.add(className);
            } finally {
                mailet.destroy();
            }
        }
        assertThat(initialised).contains("dev.pacer.mailets.ThrottledRemoteDelivery");
    }

    @Test
    void everyPacerMatcherShouldInitialiseWithItsSampleCondition() throws Exception {
        List<String> initialised = new ArrayList<>();
        List<Element> withMatch = new ArrayList<>(elements(sample(), "mailet"));
        withMatch.addAll(elements(sample(), "matcher"));
        for (Element element : withMatch) {
            String match = element.getAttribute("match");
            if (!match.startsWith("dev.pacer.")) {
                continue;
            }
            int equals = match.indexOf('=');
            String className = equals < 0 ? match : match.substring(0, equals);
            String condition = equals < 0 ? null : match.substring(equals + 1);
            Matcher matcher = (Matcher) Class.forName(className).getConstructor().newInstance();
            matcher.init(FakeMatcherConfig.builder().matcherName(className).condition(condition)
                .mailetContext(FakeMailContext.defaultContext()).build());
            initialised.add(match);
        }
        assertThat(initialised).isNotEmpty();
    }

    private static Mailet instantiate(Class<?> type, MailQueueFactory<?> queues) throws Exception {
        try {
            return (Mailet) type.getConstructor(MailQueueFactory.class, Clock.class).newInstance(queues, Clock.systemUTC());
        } catch (NoSuchMethodException e) {
            return (Mailet) type.getConstructor().newInstance();
        }
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
