package org.cokit.engine.loading;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The questionnaire definitions, for scripts and for the tools' own pages. */
@Path("/api/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuestionnaireResource {

    @Inject
    QuestionnaireRegistry registry;

    @GET
    @Operation(summary = "The newest version of every questionnaire")
    public List<QuestionnaireView> list(@QueryParam("lang") String lang) {
        Language language = language(lang);
        return registry.all().stream()
                .filter(q -> registry.find(q.id()).map(newest -> newest.version() == q.version()).orElse(false))
                .map(q -> QuestionnaireView.of(q, language)).toList();
    }

    @GET
    @Path("{questionnaireId}")
    @Operation(summary = "One questionnaire, its newest version or the one asked for with ?version=")
    public QuestionnaireView get(@PathParam("questionnaireId") String id, @QueryParam("version") Integer version,
            @QueryParam("lang") String lang) {
        Language language = language(lang);
        return (version == null ? registry.find(id) : registry.find(id, version))
                .map(q -> QuestionnaireView.of(q, language)).orElseThrow(NotFoundException::new);
    }

    /** Null means every language. */
    private static Language language(String tag) {
        return Language.ofQueryParameter(tag).orElse(null);
    }
}
