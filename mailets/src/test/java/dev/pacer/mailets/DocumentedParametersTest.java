package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;

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
        assertThat(PacerSettings.KEYS).hasSizeGreaterThan(10);
        PacerSettings.KEYS.forEach(key -> assertThat(readme).contains("| `" + key + "` |"));
    }

    /** The archive's conf-samples/pacer.properties lists every key, commented, with values Pacer accepts. */
    @Test
    void theSamplePacerPropertiesShouldListEveryKeyWithAValidValue() throws IOException {
        Path sample = Paths.get("../james-conf/src/main/conf-samples/pacer.properties");
        StringBuilder uncommented = new StringBuilder();
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(sample)) {
            if (line.matches("#[a-z][A-Za-z.]*=.*")) {
                uncommented.append(line.substring(1)).append('\n');
                keys.add(line.substring(1, line.indexOf('=')));
            }
        }
        assertThat(keys).isEqualTo(new TreeSet<>(PacerSettings.KEYS));
        Path file = Files.createTempFile("pacer", ".properties");
        try {
            Files.writeString(file, uncommented);
            assertThat(PacerSettings.read(file)).isNotNull();
        } finally {
            Files.delete(file);
        }
    }
}
