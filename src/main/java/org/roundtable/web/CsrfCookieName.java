package org.roundtable.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * The CSRF cookie's name follows {@code roundtable.secure-cookies} like the session
 * cookie's: behind TLS it gets the {@code __Host-} prefix, so browsers accept it only if
 * this exact host set it, Secure and for path /, and no sibling subdomain can plant one.
 * Configuration cannot choose a value by a condition, hence this small source.
 */
public class CsrfCookieName implements ConfigSourceFactory {

    static final String KEY = "quarkus.rest-csrf.cookie-name";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue secure = context.getValue("roundtable.secure-cookies");
        boolean tls = secure != null && "true".equalsIgnoreCase(String.valueOf(secure.getValue()).strip());
        // Above application.properties (250), below environment variables (300).
        return List.of(new MapBackedConfigSource("roundtable-csrf-cookie-name", Map.of(KEY, name(tls)), 260) {
        });
    }

    static String name(boolean tls) {
        return tls ? "__Host-rt_csrf" : "rt_csrf";
    }
}
