package org.roundtable.language;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;

/**
 * Every template instance made during a request speaks the request's language: its message bundles and its
 * dates follow {@link RequestLanguage}. Instances made for someone else (a live update for
 * its reader) speak the reader's language, set by {@link Messages#speaking}.
 */
class TemplateLanguage {

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(TemplateLanguage::initialize);
    }

    private static void initialize(TemplateInstance instance) {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive() || Messages.isSpeaking()) {
            instance.setLocale(Messages.locale());
        }
    }
}
