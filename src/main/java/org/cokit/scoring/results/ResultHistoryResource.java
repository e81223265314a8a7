package org.cokit.scoring.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cokit.i18n.Language;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The trend of an assessment's tool over its closed rounds, for the coordinators and managers of its organisation. */
@Path("/api/assessments/{id}/history")
public class ResultHistoryResource {

    private final ResultHistory history;

    public ResultHistoryResource(ResultHistory history) {
        this.history = history;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    @Operation(summary = "Every closed round of this assessment's tool (and subject) in the organisation, oldest"
            + " first: the stored overall value and score, the scores of the top-level areas, and the roadmap actions"
            + " completed since the round before. Labels in ?lang=en|sl|hr|da")
    public ResultHistoryView get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Language language = Language.ofQueryParameter(lang).orElse(Language.FALLBACK);
        return history.of(id).map(rounds -> ResultHistoryView.of(rounds, language))
                .orElseThrow(NotFoundException::new);
    }
}
