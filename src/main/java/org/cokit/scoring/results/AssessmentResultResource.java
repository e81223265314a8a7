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

/** The result of an assessment, for the coordinators and managers of its organisation. */
@Path("/api/assessments/{id}/result")
public class AssessmentResultResource {

    private final AssessmentResults results;

    public AssessmentResultResource(AssessmentResults results) {
        this.results = results;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    @Operation(summary = "The result: the group's answers scored (every node's level and 0-100 score, explanation,"
            + " recommended actions), each question's distribution and disagreement, and the most disputed"
            + " questions. Live while open, frozen when closed. Labels in ?lang=en|sl|hr|da")
    public AssessmentResultView get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Language language = Language.ofQueryParameter(lang).orElse(Language.FALLBACK);
        return results.of(id).map(result -> AssessmentResultView.of(result, language))
                .orElseThrow(NotFoundException::new);
    }
}
