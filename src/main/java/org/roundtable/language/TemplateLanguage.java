package org.roundtable.language;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;

/**
 * Every template instance made during a request speaks the request's language: its message bundles and its
 * dates follow {@link RequestLanguage}. Instances made outside a request (live updates) set their locale
 * themselves, for the reader they are rendered for.
 */
class TemplateLanguage {

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(TemplateLanguage::initialize);
    }

    private static void initialize(TemplateInstance instance) {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            instance.setLocale(Arc.container().instance(RequestLanguage.class).get().locale());
        }
    }
}
