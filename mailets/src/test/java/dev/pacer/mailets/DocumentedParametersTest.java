package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/** Every parameter ThrottledRemoteDelivery accepts is in its javadoc and in the README's configuration reference. */
class DocumentedParametersTest {
    @Test
    void everyParameterShouldBeDocumented() throws IOException {
        String readme = Files.readString(Paths.get("../README.md"));
        String javadoc = Files.readString(Paths.get("src/main/java/dev/pacer/mailets/ThrottledRemoteDelivery.java"));

        assertThat(ThrottledRemoteDeliveryConfiguration.PARAMETERS).allSatisfy(parameter -> {
            assertThat(readme).as("README row for %s", parameter).contains("| `" + parameter + "` |");
            assertThat(javadoc).as("javadoc of %s", parameter).contains("{@code " + parameter + "}");
        });
    }

    @Test
    void everySettingShouldBeDocumented() throws IOException {
        String readme = Files.readString(Paths.get("../README.md"));
        for (String key : new String[] {"events.capacity", "statistics.flushEvery", "notify.enabled", "notify.recipient", "notify.every", "notify.maxPerHour",
            "destinations.forgetAfter"}) {
            assertThat(readme).contains("| `" + key + "` |");
        }
        dev.pacer.core.report.SeverityPolicy.KEYS.forEach(key -> assertThat(readme).contains("| `" + key + "` |"));
    }
}
