package org.cokit.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;

/** Renders every page in the request's language, so no page has to remember to set it. */
@Singleton
public class LanguageInitializer implements TemplateInstance.Initializer {

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(Arc.container().instance(RequestLanguage.class).get().get().locale());
        }
    }
}
