package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.core.Installation;

/** Installation mistakes an operator makes first stop a real James at startup with a message naming the fix. */
class StartupErrorsIT {
    @TempDir
    Path workingDirectory;

    @Test
    void withoutPacersGuiceModuleJamesShouldNameTheLineToAdd() {
        assertThatThrownBy(() -> PacerJamesServer.builder(workingDirectory)
                .confFile("extensions.properties", "# Pacer's line forgotten\n")
                .start().close())
            .hasStackTraceContaining("needs Pacer's Guice module")
            .hasStackTraceContaining("add the line '" + Installation.MODULE_LINE + "' to conf/extensions.properties");
    }

    @Test
    void aBadKeyInPacerPropertiesShouldBeTheFirstErrorLineOfJamesLog() throws Exception {
        Path home = workingDirectory.resolve("james");
        int smtp = JamesProcess.freePort();
        PacerJamesServer.builder(home)
            .smtpPort(smtp)
            .confFile("pacer.properties", "severity.watch.deferalsPerHour=5\n")
            .writeConfiguration();
        Path log = workingDirectory.resolve("james.log");

        assertThatThrownBy(() -> JamesProcess.start(home, smtp, log).close())
            .hasMessageContaining("James did not start");

        List<String> errors = Files.readAllLines(log).stream().filter(line -> line.contains(" ERROR ")).collect(Collectors.toList());
        assertThat(errors).as("James's log:%n%s", Files.readString(log)).isNotEmpty();
        assertThat(errors.get(0)).contains("pacer.properties").contains("severity.watch.deferalsPerHour");
    }

    @Test
    void lanesDisagreeingOnTheGatewayShouldNameTheParameterAndBothValues() {
        assertThatThrownBy(() -> PacerJamesServer.builder(workingDirectory)
                .deliveryParameter("pacer-throttled", "gateway", "127.0.0.1:2526")
                .start().close())
            .hasStackTraceContaining("parameter 'gateway' is '[]' in the lane started first and '[127.0.0.1:2526]' in this one");
    }
}
