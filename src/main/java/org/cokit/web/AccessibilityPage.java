package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;

/** The accessibility statement after the EU model (Directive 2016/2102), public and linked from every page. */
@Path("/accessibility")
@Produces(MediaType.TEXT_HTML)
public class AccessibilityPage {

    @Inject
    AccessibilityConfig config;

    @Inject
    RequestLanguage language;

    /** What the statement shows beyond its fixed texts: contact, complaint page, preparation date. */
    public record Statement(String contact, String enforcementUrl, String prepared) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement(Statement statement);
    }

    @GET
    public TemplateInstance statement() {
        return Templates.statement(new Statement(config.contact().filter(c -> !c.isBlank()).orElse(null),
                config.enforcementUrl().filter(u -> !u.isBlank()).orElse(null),
                language.formatDate(config.prepared().atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
}
