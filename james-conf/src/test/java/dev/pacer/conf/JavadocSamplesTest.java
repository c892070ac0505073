package dev.pacer.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The XML sample in each Pacer mailet's and matcher's javadoc is the one james-conf ships (docs do not drift). */
class JavadocSamplesTest {
    private static final Pattern SAMPLE = Pattern.compile("\\{@code\\s*((?:\\s*\\*\\s*<mailet[\\s\\S]*?</mailet>))\\s*\\*\\s*\\}");

    private static String normalize(String xml) {
        return xml.replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ").replaceAll("> <", "><").trim();
    }

    private static String shippedSamples() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String resource : ShippedMailetContainerTest.SAMPLES) {
            try (InputStream stream = JavadocSamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
                all.append(normalize(new String(stream.readAllBytes(), StandardCharsets.UTF_8))).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void everyJavadocSampleShouldStandInTheShippedConfiguration() throws IOException {
        String shipped = shippedSamples();
        List<String> checked = new ArrayList<>();
        for (String module : List.of("../mailets/src/main/java", "../matchers/src/main/java")) {
            try (Stream<Path> files = Files.walk(Paths.get(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                    Matcher sample = SAMPLE.matcher(Files.readString(file));
                    while (sample.find()) {
                        String xml = normalize(sample.group(1));
                        assertThat(shipped).as("sample of %s", file.getFileName()).contains(xml);
                        checked.add(file.getFileName().toString());
                    }
                }
            }
        }
        assertThat(checked).contains("ThrottledRemoteDelivery.java", "SetRetrySchedule.java", "RerouteToThrottledProcessor.java",
            "IsRemoteDeferral.java", "IsThrottledDestination.java");
    }
}
