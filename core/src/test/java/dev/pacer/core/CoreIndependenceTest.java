package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Core stays framework-free: no James, mailet, javax.mail or Guice types, so a 3.9 (jakarta) adapter is a thin swap. */
class CoreIndependenceTest {
    private static final List<String> FORBIDDEN = List.of(
        "import org.apache.james", "import org.apache.mailet", "import com.google.inject", "import javax.mail",
        "import jakarta.mail", "import javax.inject", "import jakarta.inject");

    @Test
    void coreSourcesShouldImportNoFrameworkType() throws IOException {
        Path sources = Paths.get("src/main/java");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                .flatMap(file -> {
                    try {
                        return Files.readAllLines(file).stream()
                            .filter(line -> FORBIDDEN.stream().anyMatch(line.strip()::startsWith))
                            .map(line -> file + ": " + line.strip());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toList());
            assertThat(offenders).isEmpty();
        }
    }
}
