package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

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
    void lanesDisagreeingOnTheGatewayShouldNameTheParameterAndBothValues() {
        assertThatThrownBy(() -> PacerJamesServer.builder(workingDirectory)
                .deliveryParameter("pacer-throttled", "gateway", "127.0.0.1:2526")
                .start().close())
            .hasStackTraceContaining("parameter 'gateway' is '[]' in the lane started first and '[127.0.0.1:2526]' in this one");
    }
}
