package org.cokit.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Renders every page in the request's language, so no page has to remember to set it. */
@Singleton
public class LanguageInitializer implements TemplateInstance.Initializer {

    /** Qute applies only the initializers registered with its engine; a bean alone is not enough. */
    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(Arc.container().instance(RequestLanguage.class).get().get().locale());
        }
    }
}
