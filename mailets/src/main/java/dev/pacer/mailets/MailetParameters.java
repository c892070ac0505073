package dev.pacer.mailets;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.mailet.MailetConfig;

import dev.pacer.core.Parameters;

/** Builds core {@link Parameters} from a mailet's configuration. */
final class MailetParameters {
    private MailetParameters() {
    }

    static Parameters of(String component, MailetConfig config) {
        Map<String, String> values = new HashMap<>();
        Iterator<String> names = config.getInitParameterNames();
        while (names.hasNext()) {
            String name = names.next();
            values.put(name, config.getInitParameter(name));
        }
        return new Parameters(component, values);
    }
}
