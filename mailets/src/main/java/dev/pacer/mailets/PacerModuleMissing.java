package dev.pacer.mailets;

import javax.inject.Provider;

import dev.pacer.core.Installation;

/**
 * What Guice uses for {@link Reporting} when {@link PacerModule} is not loaded (no explicit binding): an error naming
 * the line {@code conf/extensions.properties} lacks. With the module loaded, its binding wins (Guice never builds a
 * just-in-time binding for a key a module binds).
 */
final class PacerModuleMissing implements Provider<Reporting> {
    @Override
    public Reporting get() {
        throw new IllegalStateException(Installation.moduleMissing("Pacer's mailets, matchers and WebAdmin routes"));
    }
}
